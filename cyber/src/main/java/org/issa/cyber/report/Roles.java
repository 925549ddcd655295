package org.issa.cyber.report;

import org.issa.core.error.ForbiddenException;
import org.issa.core.security.Principal;
import org.issa.core.security.Role;

/** Who may do what with reports: triage (analysts, supervisors), configuration (supervisors), submission through the API (partners and staff). */
public final class Roles {

    private Roles() {
    }

    public static void require(Principal who, String what, Role... roles) {
        if (!who.hasAny(roles)) {
            throw new ForbiddenException("your roles do not allow you to " + what);
        }
    }

    public static void triage(Principal who, String what) {
        require(who, what, Role.ANALYST, Role.SUPERVISOR);
    }
}
