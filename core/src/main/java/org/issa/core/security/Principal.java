package org.issa.core.security;

import java.util.EnumSet;
import java.util.Set;
import java.util.regex.Pattern;
import org.issa.core.marking.Classification;
import org.issa.core.marking.Marking;
import org.issa.core.marking.Tlp;

/**
 * An authenticated user: name, agency, member state (ISO 3166-1 alpha-2), roles and clearance.
 * {@link #mayRead(Marking)} is the reference rule that {@link org.issa.core.marking.MarkingFilter}
 * enforces in SQL.
 */
public record Principal(String username, String agency, String memberState, Set<Role> roles, Classification clearance) {

    private static final Pattern CODE = Marking.CODE;
    private static final Pattern STATE = Pattern.compile("[A-Z]{2}");

    public Principal {
        if (username == null || !CODE.matcher(username).matches()) {
            throw new IllegalArgumentException("username must be 1-64 letters, digits, '.', '@' or '-'");
        }
        if (agency == null || !CODE.matcher(agency).matches()) {
            throw new IllegalArgumentException("agency must be 1-64 letters, digits, '.', '@' or '-'");
        }
        if (memberState == null || !STATE.matcher(memberState).matches()) {
            throw new IllegalArgumentException("member state must be a two-letter ISO 3166-1 code in capitals");
        }
        roles = roles == null || roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
        if (clearance == null) {
            clearance = Classification.UNCLASSIFIED;
        }
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public boolean hasAny(Role... wanted) {
        for (Role r : wanted) {
            if (roles.contains(r)) {
                return true;
            }
        }
        return false;
    }

    /** The reference rule: clearance, then releasability, then the TLP limits of AMBER+STRICT and RED. */
    public boolean mayRead(Marking m) {
        if (!clearance.dominates(m.classification())) {
            return false;
        }
        boolean own = agency.equals(m.originator());
        Set<String> rel = m.releasableTo();
        boolean released = own || rel.isEmpty()
                || rel.contains("STATE:" + memberState) || rel.contains("AGENCY:" + agency)
                || rel.contains("USER:" + username);
        if (!released) {
            return false;
        }
        if (m.tlp() == Tlp.AMBER_STRICT) {
            return own;
        }
        if (m.tlp() == Tlp.RED) {
            return own || rel.contains("USER:" + username);
        }
        return true;
    }

    /**
     * The marking of a record this principal writes: their agency is the originator, and nobody may
     * mark a record above their own clearance (they could no longer read it, nor could their peers).
     * Without a requested marking the record is UNCLASSIFIED, TLP:GREEN, releasable to all.
     *
     * @throws org.issa.core.error.InvalidInputException naming {@code classification} when above the clearance
     */
    public Marking markingOfOwnRecord(Marking requested) {
        if (requested == null) {
            return Marking.unclassified(agency);
        }
        if (!clearance.dominates(requested.classification())) {
            throw new org.issa.core.error.InvalidInputException("classification",
                    "you may not mark a record above your clearance (" + clearance.label() + ")");
        }
        return new Marking(requested.classification(), requested.tlp(), requested.releasableTo(), agency, requested.handling());
    }

    /** The token naming this user in a releasability list (for TLP:RED). */
    public String userToken() {
        return "USER:" + username;
    }
}
