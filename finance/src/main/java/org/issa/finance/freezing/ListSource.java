package org.issa.finance.freezing;

/**
 * Where the listing comes from when the order follows a screening hit: the sanctions list (id and name), the
 * entry in it, and the review-queue hit confirmed as a true match (empty when entered by hand).
 */
public record ListSource(String listId, String listName, String entryId, String hitId) {

    public static final ListSource NONE = new ListSource("", "", "", "");

    public ListSource {
        listId = listId == null ? "" : listId.strip();
        listName = listName == null ? "" : listName.strip();
        entryId = entryId == null ? "" : entryId.strip();
        hitId = hitId == null ? "" : hitId.strip();
    }

    public boolean isListed() {
        return !listName.isEmpty();
    }
}
