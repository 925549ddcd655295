package org.issa.finance.payment;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;
import org.issa.core.error.InvalidInputException;

/**
 * Reads a payment file of any supported format into payments, streaming: the one entry point for
 * the CLI, the HTTP import and the benchmark.
 */
public final class PaymentFiles {

    private PaymentFiles() {
    }

    /**
     * Reads {@code in} as {@code format}, handing each payment to the sink.
     *
     * @param source  the file's name, used in references of CSV rows without one and in errors
     * @param columns the column mapping; used only for CSV
     * @return the number of payments read
     * @throws PaymentFileException naming where the file is wrong
     */
    public static long read(InputStream in, String source, PaymentFormat format, PaymentColumns columns,
                            Consumer<Payment> sink) throws IOException {
        return switch (format) {
            case CSV -> new PaymentCsv(columns, source).read(new InputStreamReader(in, StandardCharsets.UTF_8), sink);
            default -> throw new InvalidInputException("format", "format " + format.name().toLowerCase() + " is not readable yet");
        };
    }
}
