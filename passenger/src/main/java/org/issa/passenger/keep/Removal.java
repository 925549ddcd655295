package org.issa.passenger.keep;

import java.util.Optional;

/**
 * One element deleted on receipt. It holds no deleted content: the deletion log may say where something was removed
 * and under which article, but must not re-store what the law says to delete.
 *
 * @param passengerRef the traveller it belonged to, empty for the PNR or a leg
 * @param where        where it was: {@code passenger 2 SSR}, {@code leg 1 SSR}, {@code PNR remark}, {@code history line 14}…
 * @param element      the kind of element: {@code SSR}, {@code remark}, {@code history line}
 * @param reason       sensitive (Art 13(4)) or not an Annex I item (Art 6(1))
 * @param category     the special category when sensitive: for statistics and tests; not to be written next to a person
 */
public record Removal(String passengerRef, String where, String element, RemovalReason reason, Optional<SensitiveCategory> category) {
    public Removal {
        passengerRef = passengerRef == null ? "" : passengerRef;
        category = category == null ? Optional.empty() : category;
    }

    /** The legal ground in words, for the deletion log. */
    public String legalGround() {
        return reason == RemovalReason.SENSITIVE
                ? "Directive (EU) 2016/681 Art. 13(4): special category of data, deleted on receipt"
                : "Directive (EU) 2016/681 Art. 6(1) and Annex I: not a PNR data item of Annex I, deleted on receipt";
    }
}
