package org.issa.app.finance.payment;

import java.time.Period;
import java.util.Map;
import org.issa.core.error.InvalidInputException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The payment store's settings: how long payments not extracted to a case are kept
 * ({@code issa.finance.payments.retention}, an ISO-8601 period from the payment date, five years unless configured),
 * and up to how many payments an import hands to the entity store ({@code issa.finance.payments.publish-limit}).
 */
@Component
public class PaymentSettings {

    private final Period retention;
    private final int publishLimit;

    public PaymentSettings(@Value("${issa.finance.payments.retention:P5Y}") String retention,
                           @Value("${issa.finance.payments.publish-limit:50000}") int publishLimit) {
        try {
            this.retention = Period.parse(retention);
        } catch (java.time.format.DateTimeParseException e) {
            throw new InvalidInputException("issa.finance.payments.retention", "'" + retention + "' is not an ISO-8601 period such as P5Y");
        }
        if (this.retention.isNegative() || this.retention.isZero()) {
            throw new InvalidInputException("issa.finance.payments.retention", "the retention period must be positive");
        }
        this.publishLimit = Math.max(0, publishLimit);
    }

    /** The same settings for a command that starts no Spring: {@code ISSA_FINANCE_PAYMENTS_RETENTION}, {@code _PUBLISH_LIMIT}. */
    public static PaymentSettings fromEnvironment(Map<String, String> env) {
        return new PaymentSettings(env.getOrDefault("ISSA_FINANCE_PAYMENTS_RETENTION", "P5Y"),
                Integer.parseInt(env.getOrDefault("ISSA_FINANCE_PAYMENTS_PUBLISH_LIMIT", "50000")));
    }

    public Period retention() {
        return retention;
    }

    public int publishLimit() {
        return publishLimit;
    }
}
