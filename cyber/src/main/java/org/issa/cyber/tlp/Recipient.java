package org.issa.cyber.tlp;

import java.util.Optional;
import org.issa.core.marking.Classification;
import org.issa.core.security.Principal;
import org.issa.core.security.Role;

/**
 * Who would receive an object: a user of this node or another node (by its organisation), with
 * the clearance they hold and how close to this community they stand.
 *
 * @param username the receiving user or service account, when known (TLP:RED names users)
 */
public record Recipient(String organisation, String memberState, Optional<String> username, Classification clearance,
                        Reach reach) {

    /** How close the recipient stands to this node's community. */
    public enum Reach {
        /** A user or organisation of this community (this node). */
        COMMUNITY,
        /** A node or partner this community exchanges with. */
        CONNECTED,
        /** Anyone else: public channels. */
        PUBLIC
    }

    public Recipient {
        username = username == null ? Optional.empty() : username;
        clearance = clearance == null ? Classification.UNCLASSIFIED : clearance;
    }

    /**
     * A user of this node: users holding only the PARTNER role belong to partner authorities, so
     * they stand in a connected community; everyone else is this community.
     */
    public static Recipient of(Principal p) {
        return new Recipient(p.agency(), p.memberState(), Optional.of(p.username()), p.clearance(), reachOf(p));
    }

    public static Reach reachOf(Principal p) {
        boolean partnerOnly = p.has(Role.PARTNER) && !p.hasAny(Role.ANALYST, Role.SUPERVISOR, Role.ADMIN, Role.DPO, Role.AUDITOR);
        return partnerOnly ? Reach.CONNECTED : Reach.COMMUNITY;
    }
}
