package org.issa.app.passenger;

import java.nio.file.Path;
import org.issa.core.seal.SealingKey;

/**
 * Where the PIU vault's sealing key comes from: {@code issa.passenger.vault-key} (base64, e.g. from the environment
 * variable {@code ISSA_PNR_VAULT_KEY} or a secret store), else the file {@code issa.passenger.vault-key-file}, else
 * {@code <data dir>/keys/pnr-vault.key}, created owner-only on first start. Never in the repository, never in the
 * database: a database backup without the key does not show the depersonalised data. Back the key up apart.
 */
final class VaultKeys {

    private VaultKeys() {
    }

    static SealingKey resolve(String base64, String file, String dataDir) {
        if (base64 != null && !base64.isBlank()) {
            return SealingKey.ofBase64(base64);
        }
        Path path = file != null && !file.isBlank() ? Path.of(file) : Path.of(dataDir, "keys", "pnr-vault.key");
        return SealingKey.fromFile(path);
    }
}
