package org.issa.core.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.Optional;

/**
 * The hash chain: each entry's hash covers its own fields and the hash of the entry before it,
 * so changing, removing or reordering any entry breaks every hash after it.
 */
public final class AuditChain {

    /** The previous hash of the first entry. */
    public static final String GENESIS = "0".repeat(64);

    private AuditChain() {
    }

    /** Times are kept to the microsecond, the precision both H2 and PostgreSQL store. */
    public static Instant normalise(Instant at) {
        return at.truncatedTo(ChronoUnit.MICROS);
    }

    public static String hash(long seq, Instant at, AuditEvent e, String prevHash) {
        StringBuilder b = new StringBuilder();
        field(b, Long.toString(seq));
        field(b, normalise(at).toString());
        field(b, e.actor());
        field(b, e.action());
        field(b, e.recordType());
        field(b, e.recordId());
        field(b, e.purpose());
        field(b, e.detail());
        field(b, prevHash);
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha.digest(b.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", ex);
        }
    }

    /** Length-prefixed, so that no two different field lists give the same text. */
    private static void field(StringBuilder b, String value) {
        b.append(value.length()).append(':').append(value).append('|');
    }

    /** Checks entries in order; the first one out of sequence, mislinked or with a wrong hash is named. */
    public static Verifier verifier() {
        return new Verifier();
    }

    /** Feeds entries one at a time, so a chain of millions is checked in constant memory. */
    public static final class Verifier {
        private long expectedSeq = 1;
        private String prevHash = GENESIS;
        private long checked;
        private Breach breach;

        public boolean accept(AuditEntry entry) {
            if (breach != null) {
                return false;
            }
            if (entry.seq() != expectedSeq) {
                breach = new Breach(entry.seq(), "expected entry " + expectedSeq + " but found " + entry.seq()
                        + " (an entry was removed or inserted)");
            } else if (!entry.prevHash().equals(prevHash)) {
                breach = new Breach(entry.seq(), "its previous-hash does not match the hash of entry " + (expectedSeq - 1));
            } else if (!hash(entry.seq(), entry.at(), entry.event(), entry.prevHash()).equals(entry.hash())) {
                breach = new Breach(entry.seq(), "its content does not match its hash (the entry was altered)");
            } else {
                checked++;
                expectedSeq++;
                prevHash = entry.hash();
                return true;
            }
            return false;
        }

        public long checked() {
            return checked;
        }

        public Optional<Breach> breach() {
            return Optional.ofNullable(breach);
        }

        /** The chain head must equal the last entry: a truncated tail is a breach too. */
        public void expectHead(long headSeq, String headHash) {
            if (breach == null && (headSeq != expectedSeq - 1 || !headHash.equals(prevHash))) {
                breach = new Breach(headSeq, "the chain head records entry " + headSeq
                        + " but the log ends at entry " + (expectedSeq - 1) + " (entries were removed from the end)");
            }
        }
    }

    /** Where and why the chain is broken. */
    public record Breach(long seq, String reason) {
    }
}
