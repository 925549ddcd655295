package org.issa.core.seal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * An AES-256 key that seals text stored in the database so that a copy of the database alone does not reveal it (the
 * key is kept outside: a file readable by the ISSA user only, or the environment). Each sealed value carries a fresh
 * 96-bit nonce and a 128-bit GCM tag, and is bound to its context (say {@code VERSION/<id>}): a sealed value copied to
 * another row does not open there. The stored form is {@code sealed1:<key id>:<base64 nonce+ciphertext>}; the key id
 * (the first 8 bytes of the key's SHA-256, hex) says which key sealed it, so that a wrong key is named, not guessed at.
 */
public final class SealingKey {

    private static final String PREFIX = "sealed1:";
    private static final int NONCE = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final SecretKeySpec key;
    private final String id;

    private SealingKey(byte[] raw) {
        if (raw.length != 32) {
            throw new IllegalArgumentException("a sealing key has 32 bytes (AES-256), not " + raw.length);
        }
        this.key = new SecretKeySpec(raw.clone(), "AES");
        try {
            this.id = HexFormat.of().formatHex(Arrays.copyOf(MessageDigest.getInstance("SHA-256").digest(raw), 8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A fresh random key. */
    public static SealingKey generate() {
        byte[] raw = new byte[32];
        RANDOM.nextBytes(raw);
        return new SealingKey(raw);
    }

    /** The key from its base64 form (44 characters), as kept in a key file or the environment. */
    public static SealingKey ofBase64(String text) {
        try {
            return new SealingKey(Base64.getDecoder().decode(text.strip()));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("a sealing key is 32 bytes in base64: " + e.getMessage(), e);
        }
    }

    /**
     * The key in {@code file}; when there is none yet, a new key is written there first, readable and writable by the
     * owner only where the file system has POSIX permissions. Keep a copy of it with the backups, apart from the database.
     */
    public static SealingKey fromFile(Path file) {
        try {
            if (!Files.exists(file)) {
                Path dir = file.toAbsolutePath().getParent();
                if (dir != null) {
                    Files.createDirectories(dir);
                }
                SealingKey fresh = generate();
                try {
                    if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
                        Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
                    } else {
                        Files.createFile(file);
                    }
                    Files.writeString(file, Base64.getEncoder().encodeToString(fresh.key.getEncoded()) + "\n", StandardCharsets.US_ASCII);
                    return fresh;
                } catch (FileAlreadyExistsException raced) {
                    // another process made it first: use theirs
                }
            }
            return ofBase64(Files.readString(file, StandardCharsets.US_ASCII));
        } catch (IOException e) {
            throw new UncheckedIOException("the sealing key file " + file + " cannot be read or created: " + e.getMessage(), e);
        }
    }

    public String id() {
        return id;
    }

    /** Whether a stored value is sealed (by any key), as opposed to plain text kept before sealing was introduced. */
    public static boolean isSealed(String stored) {
        return stored != null && stored.startsWith(PREFIX);
    }

    /** Seals {@code text} for {@code context}. */
    public String seal(String text, String context) {
        byte[] nonce = new byte[NONCE];
        RANDOM.nextBytes(nonce);
        try {
            Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
            c.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
            c.updateAAD(context.getBytes(StandardCharsets.UTF_8));
            byte[] sealed = c.doFinal(text.getBytes(StandardCharsets.UTF_8));
            ByteBuffer out = ByteBuffer.allocate(NONCE + sealed.length).put(nonce).put(sealed);
            return PREFIX + id + ":" + Base64.getEncoder().encodeToString(out.array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("sealing failed", e);
        }
    }

    /**
     * Opens a value sealed for {@code context}; plain text (kept before sealing) is returned as it is. Fails, naming the
     * reason, when another key sealed it, or when it was altered or belongs to another context.
     */
    public String open(String stored, String context) {
        if (!isSealed(stored)) {
            return stored;
        }
        int colon = stored.indexOf(':', PREFIX.length());
        if (colon < 0) {
            throw new IllegalStateException("a sealed value without its key id");
        }
        String sealedBy = stored.substring(PREFIX.length(), colon);
        if (!sealedBy.equals(id)) {
            throw new IllegalStateException("this value was sealed with key " + sealedBy + ", not with the configured key " + id);
        }
        byte[] all;
        try {
            all = Base64.getDecoder().decode(stored.substring(colon + 1));
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("a sealed value that is not base64", e);
        }
        if (all.length < NONCE + TAG_BITS / 8) {
            throw new IllegalStateException("a sealed value too short to be one");
        }
        try {
            Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
            c.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, all, 0, NONCE));
            c.updateAAD(context.getBytes(StandardCharsets.UTF_8));
            return new String(c.doFinal(all, NONCE, all.length - NONCE), StandardCharsets.UTF_8);
        } catch (javax.crypto.AEADBadTagException e) {
            throw new IllegalStateException("a sealed value that was altered, or sealed for another record than " + context, e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("opening a sealed value failed", e);
        }
    }

    @Override
    public String toString() {
        return "SealingKey[" + id + "]";
    }
}
