package org.issa.finance.recovery;

import java.time.LocalDate;
import org.issa.finance.freezing.Money;

/** A value of an asset on a date, and how it was reached. */
public record Valuation(int seq, LocalDate valuedOn, Money value, Method method, String note, String recordedBy) {

    public enum Method { ESTIMATE, EXPERT_APPRAISAL, MARKET_PRICE, BOOK_VALUE, BALANCE, SALE_PRICE }
}
