package org.issa.finance.alert;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.issa.core.audit.AuditEvent;
import org.issa.core.audit.AuditLog;
import org.issa.core.error.ConflictException;
import org.issa.core.error.ForbiddenException;
import org.issa.core.error.Require;
import org.issa.core.security.Principal;
import org.issa.core.security.Role;
import org.issa.core.sql.Sql;
import org.issa.core.tx.Transactions;
import org.issa.finance.typology.TypologyConfig;
import org.issa.finance.typology.TypologyScan;

/**
 * The node's typology configurations: a supervisor saves a new version (thresholds, weights, graph patterns, CEL rules)
 * with a reason; it is validated whole (unknown keys, ranges, CEL compiled against the account model) before it is
 * kept, and the newest version is the one scans use. Versions are never overwritten, so that every alert can be traced
 * to the configuration that raised it; going back is saving the older content under a new version. Audited.
 */
public final class TypologyConfigs {

    /** A saved version; {@code savedBy} is {@code "ISSA"} for the shipped default. */
    public record Saved(TypologyConfig config, String reason, String savedBy, Optional<Instant> savedAt) {
    }

    private final Sql sql;
    private final AuditLog audit;
    private final Transactions tx;
    private final Clock clock;

    public TypologyConfigs(Sql sql, AuditLog audit, Transactions tx, Clock clock) {
        this.sql = sql;
        this.audit = audit;
        this.tx = tx;
        this.clock = clock;
    }

    /** The configuration scans use now: the newest saved version, or the shipped default. */
    public TypologyConfig current() {
        return sql.queryOne("SELECT config_json FROM fin_typology_config ORDER BY seq DESC FETCH FIRST 1 ROWS ONLY",
                rs -> TypologyConfig.parse(rs.getString(1))).orElseGet(TypologyConfig::defaults);
    }

    /** The saved versions, newest first, ending with the shipped default. */
    public List<Saved> history(int limit) {
        List<Saved> out = new java.util.ArrayList<>(sql.query("SELECT config_json, reason, saved_by, saved_at FROM fin_typology_config"
                        + " ORDER BY seq DESC FETCH FIRST ? ROWS ONLY",
                rs -> new Saved(TypologyConfig.parse(rs.getString(1)), rs.getString(2), rs.getString(3),
                        Optional.of(rs.getObject(4, java.time.OffsetDateTime.class).toInstant())), Math.max(1, Math.min(limit, 500))));
        out.add(new Saved(TypologyConfig.defaults(), "shipped with ISSA", "ISSA", Optional.empty()));
        return out;
    }

    /**
     * Saves a new version; supervisors only. Refuses a configuration that does not parse or whose CEL rules do not
     * compile (400 naming the place), and a version that was saved before or is the shipped default's (409).
     */
    public Saved save(Principal supervisor, String json, String reason) {
        if (!supervisor.has(Role.SUPERVISOR)) {
            throw new ForbiddenException("changing the typology configuration needs the SUPERVISOR role");
        }
        String why = Require.text("reason", reason, 2000);
        TypologyConfig config = TypologyConfig.parse(json);
        new TypologyScan(config);
        if (config.version().equals(TypologyConfig.defaults().version())) {
            throw new ConflictException("version '" + config.version() + "' is the shipped default's: give the new configuration a new version");
        }
        Instant now = clock.instant();
        return tx.inTransaction(() -> {
            if (sql.count("SELECT COUNT(*) FROM fin_typology_config WHERE version = ?", config.version()) > 0) {
                throw new ConflictException("version '" + config.version() + "' was saved before: give the new configuration a new version");
            }
            TypologyConfig before = current();
            sql.update("INSERT INTO fin_typology_config (version, config_json, reason, saved_by, saved_at) VALUES (?, ?, ?, ?, ?)",
                    config.version(), config.toJson(), why, supervisor.username(), now);
            audit.record(AuditEvent.write(supervisor.username(), "finance.typology-config.save", "typology_config", config.version(),
                    "replaces version " + before.version() + "; alert threshold " + config.alertThreshold() + ", " + config.rules().size()
                            + " CEL rules; reason: " + why));
            return new Saved(config, why, supervisor.username(), Optional.of(now));
        });
    }
}
