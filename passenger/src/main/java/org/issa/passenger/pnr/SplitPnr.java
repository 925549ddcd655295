package org.issa.passenger.pnr;

import java.util.List;

/** GR.8: a split/divided PNR ({@code EQN+n} with the RCI of the other record). */
@Annex(AnnexItem.SPLIT_PNR)
public record SplitPnr(int passengers, List<RecordLocator> recordLocators) {
    public SplitPnr {
        recordLocators = List.copyOf(recordLocators);
    }
}
