package org.issa.finance.flow;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import org.issa.core.error.InvalidInputException;

/**
 * Exact amounts as whole numbers of ten-thousandths ({@value #SCALE} decimals, enough for every ISO 4217
 * currency) held in a {@code long}: sums and splits never round silently. An amount with more decimals
 * is refused, not rounded.
 */
public final class Units {

    /** Decimal places held. */
    public static final int SCALE = 4;

    private Units() {
    }

    /** The amount in units; refuses more than {@value #SCALE} decimals or more than about 9 x 10^14. */
    public static long of(BigDecimal amount, String reference) {
        try {
            return amount.movePointRight(SCALE).longValueExact();
        } catch (ArithmeticException e) {
            throw new InvalidInputException("amount", "payment " + reference + ": the amount " + amount.toPlainString()
                    + " has more than " + SCALE + " decimals or is too large to trace exactly");
        }
    }

    /** The units as an amount with at least two decimals. */
    public static BigDecimal amount(long units) {
        BigDecimal d = BigDecimal.valueOf(units, SCALE).stripTrailingZeros();
        return d.scale() < 2 ? d.setScale(2, RoundingMode.UNNECESSARY) : d;
    }

    /** {@code floor(a * b / c)} for non-negative a, b and positive c, without overflow. */
    static long mulDiv(long a, long b, long c) {
        long hi = Math.multiplyHigh(a, b);
        if (hi == 0 && a * b >= 0) {
            return a * b / c;
        }
        return BigInteger.valueOf(a).multiply(BigInteger.valueOf(b)).divide(BigInteger.valueOf(c)).longValueExact();
    }
}
