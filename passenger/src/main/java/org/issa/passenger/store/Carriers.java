package org.issa.passenger.store;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.issa.core.audit.AuditEvent;
import org.issa.core.audit.AuditLog;
import org.issa.core.error.ConflictException;
import org.issa.core.error.ForbiddenException;
import org.issa.core.error.InvalidInputException;
import org.issa.core.error.Require;
import org.issa.core.security.Principal;
import org.issa.core.security.Role;
import org.issa.core.sql.Sql;
import org.issa.core.tx.Transactions;

/** The carrier accounts: which ISSA user pushes for which air carrier. Registered by administrators. */
public final class Carriers {

    /** A registered carrier. */
    public record Carrier(String code, String name, String username, boolean enabled) {
    }

    private final Sql sql;
    private final AuditLog audit;
    private final Transactions tx;
    private final Clock clock;

    public Carriers(Sql sql, AuditLog audit, Transactions tx, Clock clock) {
        this.sql = sql;
        this.audit = audit;
        this.tx = tx;
        this.clock = clock;
    }

    public Carrier register(Principal admin, String code, String name, String username) {
        if (!admin.has(Role.ADMIN)) {
            throw new ForbiddenException("only administrators register carrier accounts");
        }
        String c = Require.text("code", code, 3).toUpperCase(Locale.ROOT);
        if (!c.matches("[A-Z0-9]{2,3}")) {
            throw new InvalidInputException("code", "code must be an IATA (2) or ICAO (3) airline designator");
        }
        String n = Require.text("name", name, 200);
        String u = Require.text("username", username, 64);
        return tx.inTransaction(() -> {
            if (sql.count("SELECT COUNT(*) FROM pnr_carrier WHERE code = ? OR username = ?", c, u) > 0) {
                throw new ConflictException("carrier " + c + " or account " + u + " is already registered");
            }
            sql.update("INSERT INTO pnr_carrier (code, name, username, enabled, created_at) VALUES (?, ?, ?, TRUE, ?)", c, n, u, clock.instant());
            audit.record(AuditEvent.write(admin.username(), "passenger.carrier.register", "pnr_carrier", c, n + " pushes as " + u));
            return new Carrier(c, n, u, true);
        });
    }

    public Optional<Carrier> byUsername(String username) {
        return sql.queryOne("SELECT code, name, username, enabled FROM pnr_carrier WHERE username = ?",
                rs -> new Carrier(rs.getString(1), rs.getString(2), rs.getString(3), rs.getBoolean(4)), username);
    }

    public List<Carrier> all() {
        return sql.query("SELECT code, name, username, enabled FROM pnr_carrier ORDER BY code",
                rs -> new Carrier(rs.getString(1), rs.getString(2), rs.getString(3), rs.getBoolean(4)));
    }
}
