package org.issa.cyber.stix.store;

import java.util.List;
import java.util.Optional;

/**
 * A TAXII collection: a named set of object versions and who may read or write it.
 *
 * @param canRead  whether the principal who asked may read it
 * @param canWrite whether the principal who asked may add objects to it
 * @param grants   who may read or write (shown to supervisors, administrators and analysts; empty for others)
 */
public record Collection(String id, String title, String description, Optional<String> alias, boolean canRead,
                         boolean canWrite, List<Grant> grants) {

    public Collection {
        grants = List.copyOf(grants);
    }

    /**
     * A right on a collection.
     *
     * @param grantee ANY, ROLE:&lt;role&gt;, AGENCY:&lt;code&gt;, STATE:&lt;cc&gt; or USER:&lt;name&gt;
     */
    public record Grant(String grantee, boolean read, boolean write) {
        private static final java.util.regex.Pattern GRANTEE = java.util.regex.Pattern.compile(
                "ANY|ROLE:(ADMIN|ANALYST|SUPERVISOR|DPO|AUDITOR|PARTNER)|AGENCY:[A-Za-z0-9.@-]{1,64}|STATE:[A-Z]{2}|USER:[A-Za-z0-9.@-]{1,64}");

        public Grant {
            if (grantee == null || !GRANTEE.matcher(grantee).matches()) {
                throw new org.issa.core.error.InvalidInputException("grants", "grantee '" + grantee
                        + "' must be ANY, ROLE:<role>, AGENCY:<code>, STATE:<cc> or USER:<name>");
            }
            if (!read && !write) {
                throw new org.issa.core.error.InvalidInputException("grants", "a grant must allow reading, writing or both");
            }
        }
    }
}
