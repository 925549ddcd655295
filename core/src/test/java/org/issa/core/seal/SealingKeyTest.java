package org.issa.core.seal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SealingKeyTest {

    @Test
    void aSealedValueOpensWithItsKeyAndContextOnly() {
        SealingKey key = SealingKey.generate();
        String text = "{\"surname\":\"MÜLLER\",\"doc\":\"C01X00T47\"}";
        String sealed = key.seal(text, "VERSION/v1");
        assertTrue(SealingKey.isSealed(sealed));
        assertFalse(sealed.contains("MÜLLER") || sealed.contains("C01X00T47"), sealed);
        assertNotEquals(sealed, key.seal(text, "VERSION/v1"), "a fresh nonce each time");
        assertEquals(text, key.open(sealed, "VERSION/v1"));

        IllegalStateException moved = assertThrows(IllegalStateException.class, () -> key.open(sealed, "VERSION/v2"));
        assertTrue(moved.getMessage().contains("another record"), moved.getMessage());
        IllegalStateException other = assertThrows(IllegalStateException.class, () -> SealingKey.generate().open(sealed, "VERSION/v1"));
        assertTrue(other.getMessage().contains("sealed with key " + key.id()), other.getMessage());
        char[] c = sealed.toCharArray();
        int i = sealed.lastIndexOf(':') + 24; // inside the ciphertext: a whole base64 digit, never padding bits
        c[i] = c[i] == 'A' ? 'B' : 'A';
        assertThrows(IllegalStateException.class, () -> key.open(new String(c), "VERSION/v1"), "an altered value does not open");
        assertEquals("plain, kept before sealing", key.open("plain, kept before sealing", "VERSION/v1"));
    }

    @Test
    void theKeyFileIsCreatedOnceOwnerOnlyAndReadBack(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("keys/vault.key");
        SealingKey first = SealingKey.fromFile(file);
        SealingKey again = SealingKey.fromFile(file);
        assertEquals(first.id(), again.id());
        assertEquals("x", again.open(first.seal("x", "c"), "c"));
        if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            assertEquals(Set.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE), Files.getPosixFilePermissions(file));
        }
        Files.writeString(file, "not a key");
        assertThrows(IllegalArgumentException.class, () -> SealingKey.fromFile(file));
    }
}
