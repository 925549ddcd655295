package org.issa.cyber.tlp;

import org.issa.core.marking.Classification;
import org.issa.core.marking.Marking;
import org.issa.core.marking.Tlp;

/**
 * The one rule that decides whether an object may go to a recipient, and why not. The TAXII
 * server and client, exports and the store's SQL filter all apply it (the SQL form is checked
 * against this one by tests).
 *
 * <ol>
 *   <li>Clearance: the recipient's clearance dominates the classification.</li>
 *   <li>Releasability: the recipient's organisation originated the object, or the list is empty,
 *       or names the recipient's member state, organisation or user.</li>
 *   <li>TLP: CLEAR goes anywhere; GREEN not to public channels; AMBER to identified
 *       organisations (need-to-know) in this or a connected community; AMBER+STRICT stays in the
 *       organisation holding it (the originator column); RED only to that organisation or to
 *       users named as recipients.</li>
 *   <li>Distribution: ORGANISATION stays in the originating organisation; COMMUNITY stays on
 *       this node; CONNECTED reaches connected communities, not the public; ALL anyone;
 *       SHARING_GROUP the group's members (and the originator).</li>
 * </ol>
 */
public final class Release {

    /** The answer: allowed, or the first rule that refuses and why. */
    public record Decision(boolean allowed, String rule, String reason) {
        static Decision allow() {
            return new Decision(true, "", "");
        }

        static Decision refuse(String rule, String reason) {
            return new Decision(false, rule, reason);
        }
    }

    private Release() {
    }

    public static Decision decide(Dissemination d, Recipient r) {
        Marking m = d.marking();
        Classification c = m.classification();
        if (!r.clearance().dominates(c)) {
            return Decision.refuse("classification", "classified " + c.label() + ", above the recipient's clearance "
                    + r.clearance().label());
        }
        boolean own = r.organisation().equals(m.originator());
        boolean namedUser = r.username().map(u -> m.releasableTo().contains("USER:" + u)).orElse(false);
        boolean released = own || m.releasableTo().isEmpty() || m.releasableTo().contains("STATE:" + r.memberState())
                || m.releasableTo().contains("AGENCY:" + r.organisation()) || namedUser;
        if (!released) {
            return Decision.refuse("releasability", "releasable to " + String.join(", ", new java.util.TreeSet<>(m.releasableTo()))
                    + " only");
        }
        Tlp tlp = m.tlp();
        switch (tlp) {
            case CLEAR -> { }
            case GREEN -> {
                if (r.reach() == Recipient.Reach.PUBLIC) {
                    return Decision.refuse("tlp", "TLP:GREEN may not go through public channels");
                }
            }
            case AMBER -> {
                if (r.reach() == Recipient.Reach.PUBLIC) {
                    return Decision.refuse("tlp", "TLP:AMBER goes to identified organisations on a need-to-know basis only");
                }
            }
            case AMBER_STRICT -> {
                if (!own) {
                    return Decision.refuse("tlp", "TLP:AMBER+STRICT stays in the organisation " + m.originator());
                }
            }
            case RED -> {
                if (!own && !namedUser) {
                    return Decision.refuse("tlp", "TLP:RED goes to named recipients only");
                }
            }
        }
        return switch (d.distribution()) {
            case ORGANISATION -> own ? Decision.allow()
                    : Decision.refuse("distribution", "distribution is limited to the organisation " + m.originator());
            case COMMUNITY -> own || r.reach() == Recipient.Reach.COMMUNITY ? Decision.allow()
                    : Decision.refuse("distribution", "distribution is limited to this community");
            case CONNECTED -> own || r.reach() != Recipient.Reach.PUBLIC ? Decision.allow()
                    : Decision.refuse("distribution", "distribution is limited to this and connected communities");
            case ALL -> Decision.allow();
            case SHARING_GROUP -> {
                SharingGroup g = d.sharingGroup().orElseThrow();
                yield own || g.includes(r.organisation(), r.memberState()) ? Decision.allow()
                        : Decision.refuse("distribution", "distribution is limited to the sharing group " + g.name());
            }
        };
    }

    public static boolean allowed(Dissemination d, Recipient r) {
        return decide(d, r).allowed();
    }
}
