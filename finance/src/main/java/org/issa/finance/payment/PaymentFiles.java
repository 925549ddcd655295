package org.issa.finance.payment;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;
import org.issa.finance.payment.camt053.Camt053Reader;
import org.issa.finance.payment.goaml.GoamlReader;
import org.issa.finance.payment.mt103.Mt103Reader;
import org.issa.finance.payment.pacs008.Pacs008Reader;

/**
 * Reads a payment file of any supported format into payments, streaming: the one entry point for
 * the CLI, the HTTP import and the benchmark. The message formats (pacs.008, camt.053, MT103, goAML)
 * are read with their bounds ({@link org.issa.finance.payment.message.MessageLimits#DEFAULT}); a
 * file that breaks a rule fails as a whole with a {@link PaymentFileException}, after which the
 * caller stores nothing from it (payments handed to the sink before the failure are to be
 * discarded: the readers stream).
 */
public final class PaymentFiles {

    private PaymentFiles() {
    }

    /**
     * Reads {@code in} as {@code format}, handing each payment to the sink.
     *
     * @param source  the file's name, used in references of CSV rows without one and in errors
     * @param columns the column mapping; used only for CSV (the message formats carry their own structure)
     * @return the number of payments read
     * @throws PaymentFileException naming where the file is wrong
     */
    public static long read(InputStream in, String source, PaymentFormat format, PaymentColumns columns,
                            Consumer<Payment> sink) throws IOException {
        return switch (format) {
            case CSV -> new PaymentCsv(columns, source).read(new InputStreamReader(in, StandardCharsets.UTF_8), sink);
            case PACS008 -> new Pacs008Reader(source).read(in, sink);
            case CAMT053 -> new Camt053Reader(source).read(in, sink);
            case MT103 -> new Mt103Reader(source).read(in, sink);
            case GOAML -> new GoamlReader(source).read(in, sink);
        };
    }
}
