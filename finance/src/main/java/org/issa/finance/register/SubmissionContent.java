package org.issa.finance.register;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** The bytes of a submission, which can be read more than once: once for their hash, once to load them. */
@FunctionalInterface
public interface SubmissionContent {

    InputStream open() throws IOException;

    static SubmissionContent of(byte[] bytes) {
        return () -> new ByteArrayInputStream(bytes);
    }

    static SubmissionContent of(Path file) {
        return () -> Files.newInputStream(file);
    }

    /** The SHA-256 of the content, in hex. */
    default String sha256() {
        try (InputStream in = new DigestInputStream(open(), MessageDigest.getInstance("SHA-256"))) {
            byte[] buf = new byte[1 << 16];
            while (in.read(buf) >= 0) {
                // reading feeds the digest
            }
            return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
