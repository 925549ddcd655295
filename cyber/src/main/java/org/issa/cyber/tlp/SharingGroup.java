package org.issa.cyber.tlp;

import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.issa.core.error.InvalidInputException;

/**
 * A named set of organisations and member states an object may be shared with (MISP's sharing
 * groups). Members are {@code AGENCY:<code>} or {@code STATE:<ISO 3166-1 alpha-2>}.
 */
public record SharingGroup(String id, String name, String description, Set<String> members) {

    private static final Pattern MEMBER = Pattern.compile("AGENCY:[A-Za-z0-9.@-]{1,64}|STATE:[A-Z]{2}");

    public SharingGroup {
        name = org.issa.core.error.Require.text("name", name, 200);
        description = description == null ? "" : description.strip();
        TreeSet<String> m = new TreeSet<>();
        for (String member : members == null ? Set.<String>of() : members) {
            if (!MEMBER.matcher(member).matches()) {
                throw new InvalidInputException("members", "member '" + member + "' must look like AGENCY:FR-CERT or STATE:FR");
            }
            m.add(member);
        }
        if (m.isEmpty()) {
            throw new InvalidInputException("members", "a sharing group needs at least one member");
        }
        members = Set.copyOf(m);
    }

    public boolean includes(String organisation, String memberState) {
        return members.contains("AGENCY:" + organisation) || members.contains("STATE:" + memberState);
    }
}
