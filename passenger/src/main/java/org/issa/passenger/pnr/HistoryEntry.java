package org.issa.passenger.pnr;

import java.time.Instant;
import java.util.Optional;

/**
 * A history entry (Annex I item 19): a structured GR.10-12 change (ABI credit, SAC action and what it changed) or an
 * unstructured LTS line.
 *
 * @param position the 1-based position among the PNR's history entries
 * @param action   added, cancelled, changed, credit, or unstructured (LTS)
 * @param about    the Annex I item the change concerns, when known (empty for LTS lines)
 * @param by       who made the change (ABI originator) as sent, empty if unknown
 * @param at       when (ABI DAT), UTC
 * @param text     the change as text (the LTS line, or the changed segments)
 */
@Annex(AnnexItem.HISTORY)
public record HistoryEntry(int position, HistoryAction action, Optional<AnnexItem> about, String by, Optional<Instant> at, String text) {
    public HistoryEntry {
        action = action == null ? HistoryAction.UNSTRUCTURED : action;
        about = about == null ? Optional.empty() : about;
        by = Flight.nz(by);
        at = at == null ? Optional.empty() : at;
        text = Flight.nz(text);
    }

    /**
     * Whether Article 12(2) masks this entry after six months: when the item it is about is masked, and always for an
     * entry whose subject is unknown (an LTS line may carry any item).
     */
    public boolean maskedAfterSixMonths() {
        return about.map(AnnexItem::isMaskedAfterSixMonths).orElse(true);
    }

    /** A copy with other text (used by the sensitive-data filter). */
    public HistoryEntry withText(String t) {
        return new HistoryEntry(position, action, about, by, at, t);
    }
}
