package org.issa.cyber.taxii;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads a peer's secret where its reference points: an environment variable or a file (the
 * deployment's secret store mounts one). The secret lives only in memory for the request.
 */
public final class PeerSecrets {

    private static final int MAX = 4096;

    private PeerSecrets() {
    }

    public static String resolve(String ref) {
        if (ref.startsWith("env:")) {
            String name = ref.substring(4);
            String v = System.getenv(name);
            if (v == null || v.isBlank()) {
                throw new PeerException(0, "the environment variable " + name + " holding the peer's secret is not set");
            }
            return v.strip();
        }
        if (ref.startsWith("file:")) {
            Path p = Path.of(ref.substring(5));
            try {
                if (!Files.isRegularFile(p) || Files.size(p) > MAX) {
                    throw new PeerException(0, "the secret file " + p + " is missing, not a file or larger than " + MAX + " bytes");
                }
                String v = Files.readString(p, StandardCharsets.UTF_8).strip();
                if (v.isEmpty()) {
                    throw new PeerException(0, "the secret file " + p + " is empty");
                }
                return v;
            } catch (IOException e) {
                throw new PeerException("the secret file " + p + " cannot be read: " + e.getMessage(), e);
            }
        }
        throw new PeerException(0, "unknown secret reference (env:NAME or file:/path)");
    }
}
