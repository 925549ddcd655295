package org.issa.passenger.store;

/**
 * Sensitive data found in a message and deleted on receipt (Art 13(4) of Directive (EU) 2016/681): the booking, the
 * category and the segment kind, never the content.
 *
 * @param locator  the booking's record locator, empty when not known
 * @param category the special category (e.g. RELIGION, HEALTH)
 * @param segment  the kind of segment that carried it (e.g. SSR, IFT), never its text
 */
public record SensitiveDeletion(String locator, String category, String segment) {
    public SensitiveDeletion {
        locator = locator == null ? "" : locator;
        category = category == null || category.isBlank() ? "UNSPECIFIED" : category;
        segment = segment == null ? "" : segment;
    }
}
