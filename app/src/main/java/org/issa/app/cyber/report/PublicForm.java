package org.issa.app.cyber.report;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.issa.app.cyber.PublicText;
import org.issa.cyber.report.AttachmentPolicy;
import org.issa.cyber.report.FieldProblem;
import org.issa.cyber.report.ReportInput;
import org.issa.cyber.report.ReportValidation;
import org.issa.cyber.report.ReporterType;
import org.issa.cyber.report.Sectors;
import org.issa.cyber.report.observable.ObservableExtractor.Field;

/**
 * The public form as the templates see it: the values typed so far, the errors (each linked to its
 * field's id, for the error summary), the signed token, the choices in the visitor's language.
 */
public record PublicForm(PublicText t, Values values, List<ErrorItem> errors, String token, List<Option> countries,
                         List<Option> sectors, boolean reattach, String csrfParameter, String csrfToken, long retentionDays) {

    /** What the visitor typed; re-shown when the form has a problem (files are not: they must be chosen again). */
    public record Values(String reporterType, boolean anonymous, String contactName, String contactEmail, String contactPhone,
                         String description, String occurredOn, String country, String sector, String urls, String domains,
                         String ips, String emails, String phones, String wallets) {

        public static Values empty() {
            return new Values("CITIZEN", false, "", "", "", "", "", "", "", "", "", "", "", "", "");
        }

        ReportInput toInput(String lang, List<ReportInput.AttachmentInput> files) {
            Map<Field, String> f = new EnumMap<>(Field.class);
            f.put(Field.URLS, urls);
            f.put(Field.DOMAINS, domains);
            f.put(Field.IPS, ips);
            f.put(Field.EMAILS, emails);
            f.put(Field.PHONES, phones);
            f.put(Field.WALLETS, wallets);
            return new ReportInput(reporterType, anonymous, contactName, contactEmail, contactPhone, description, occurredOn,
                    country, sector, f, lang, files);
        }
    }

    /** An error: the field, the id of the element to jump to, and the message in the visitor's language. */
    public record ErrorItem(String field, String anchor, String message) {
    }

    /** A choice of a select list. */
    public record Option(String value, String label) {
    }

    public static final List<ReporterType> REPORTER_TYPES = List.of(ReporterType.values());
    public static final List<String> OBSERVABLE_FIELDS = List.of("urls", "domains", "ips", "emails", "phones", "wallets");

    /** The id of the element an error on {@code field} points to. */
    public static String anchor(String field) {
        return switch (field) {
            case "reporterType" -> "f-who-CITIZEN";
            case "attachments" -> "f-file1";
            case "form", "language" -> "f-description";
            default -> "f-" + field;
        };
    }

    public static ErrorItem error(PublicText t, FieldProblem p) {
        List<Object> args = new ArrayList<>();
        args.add(t.t("field." + p.field()));
        args.addAll(p.args());
        return new ErrorItem(p.field(), anchor(p.field()), t.t("cyber.error." + p.code(), args.toArray()));
    }

    public Optional<String> error(String field) {
        return errors.stream().filter(e -> e.field().equals(field)).map(ErrorItem::message).reduce((a, b) -> a + " " + b);
    }

    public boolean hasError(String field) {
        return error(field).isPresent();
    }

    /** The aria-describedby of a field: its hint and, when it has one, its error. */
    public String describedBy(String field) {
        return "f-" + field + "-hint" + (hasError(field) ? " f-" + field + "-error" : "");
    }

    public String filesHint() {
        return t.t("files.hint", AttachmentPolicy.MAX_FILES, ReportValidation.mib(AttachmentPolicy.MAX_FILE_BYTES),
                ReportValidation.mib(AttachmentPolicy.MAX_TOTAL_BYTES));
    }

    public String value(String field) {
        return switch (field) {
            case "urls" -> values.urls();
            case "domains" -> values.domains();
            case "ips" -> values.ips();
            case "emails" -> values.emails();
            case "phones" -> values.phones();
            case "wallets" -> values.wallets();
            default -> "";
        };
    }

    public String title() {
        return errors.isEmpty() ? t.t("form.title") : t.t("error.title.prefix") + " " + t.t("form.title");
    }

    static List<Option> countries(PublicText t) {
        Collator c = Collator.getInstance(Locale.forLanguageTag(t.lang()));
        return java.util.Arrays.stream(Locale.getISOCountries()).map(code -> new Option(code, t.country(code)))
                .sorted(Comparator.comparing(Option::label, c)).toList();
    }

    static List<Option> sectors(PublicText t) {
        return Sectors.CODES.stream().map(code -> new Option(code, t.t("sector." + code))).toList();
    }
}
