package org.issa.finance.recovery;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Words a finding for one reader: "buyer X matches Y (score 0.93), sister (Family) of Z (convicted) in case C-123".
 * Entities the reader may not see are never named: they read as "a person you may not see", so the flag and its
 * strength stay visible while the hidden part of the network does not leak.
 */
public final class SaleExplanation {

    public static final String HIDDEN = "a person you may not see";

    private SaleExplanation() {
    }

    public static String words(String buyerName, Finding f, Set<String> visible, String caseLabel) {
        StringBuilder b = new StringBuilder();
        b.append(f.buyerSide().isEmpty() ? "buyer " + buyerName : f.buyerSide()).append(" matches ")
                .append(name(f.entityId(), f.name(), visible)).append(String.format(Locale.ROOT, " (score %.2f; %s)", f.score(), f.how()));
        List<CaseNetwork.Step> path = f.path();
        if (path.isEmpty()) {
            b.append(", ").append(role(f.caseRole(), visible.contains(f.entityId()))).append(" in case ").append(caseLabel);
            return b.toString();
        }
        // the path runs from the case entity to the matched one; it is told backwards, from the match to the case
        for (int i = path.size() - 1; i >= 0; i--) {
            CaseNetwork.Step s = path.get(i);
            boolean shown = visible.contains(s.fromId()) && visible.contains(s.toId());
            String rel = !shown ? "linked to" : s.detail().isEmpty() ? "linked by " + s.relation() + " to"
                    : s.detail() + " (" + s.relation() + ") of";
            b.append(i == path.size() - 1 ? ", " : ", who is ").append(rel).append(' ').append(name(s.fromId(), s.fromName(), visible));
        }
        String root = path.get(0).fromId();
        b.append(" (").append(role(f.caseRole(), visible.contains(root))).append(") in case ").append(caseLabel);
        return b.toString();
    }

    private static String name(String id, String name, Set<String> visible) {
        return visible.contains(id) ? name : HIDDEN;
    }

    private static String role(String role, boolean shown) {
        return shown && !role.isBlank() ? role : "a person of the case";
    }
}
