package org.issa.finance.payment.store;

import java.util.Objects;
import org.issa.core.error.Require;
import org.issa.core.marking.Marking;
import org.issa.core.security.Principal;
import org.issa.finance.payment.PaymentFormat;

/**
 * What an import is: its source (the file's name), format, channel, who imports it and the
 * marking its payments carry (every read applies it).
 */
public record PaymentImport(String source, PaymentFormat format, Channel channel, Principal importer, Marking marking) {

    public PaymentImport {
        source = Require.text("source", source, 300);
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(importer, "importer");
        Objects.requireNonNull(marking, "marking");
    }
}
