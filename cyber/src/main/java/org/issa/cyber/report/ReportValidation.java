package org.issa.cyber.report;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.issa.cyber.report.CheckedReport.CheckedAttachment;
import org.issa.cyber.report.ReportInput.AttachmentInput;
import org.issa.cyber.report.observable.NetworkNames;
import org.issa.cyber.report.observable.ObservableExtractor;
import org.issa.cyber.report.observable.PhoneNumbers;

/**
 * Checks a submitted report and collects every problem at once, so that a form can show them all.
 * Text may quote anything but markup that a browser would run (script, frames, event handlers,
 * javascript: links): such text is refused rather than stored, even though every page escapes it.
 */
public final class ReportValidation {

    public static final Set<String> LANGUAGES = Set.of("en", "fr", "de");
    public static final int MIN_DESCRIPTION = 10;
    public static final int MAX_DESCRIPTION = 20_000;
    public static final int MAX_FIELD = 4_000;
    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());
    private static final Pattern ACTIVE_MARKUP = Pattern.compile("(?i)<\\s*/?\\s*(?:script|iframe|frame|frameset|object|embed|applet|svg|math"
            + "|img|style|link|meta|base|form|input|button|body|html|video|audio|source|details|marquee|template)\\b"
            + "|javascript\\s*:|vbscript\\s*:|<[^>]*\\bon[a-z]+\\s*=");

    private ReportValidation() {
    }

    public static CheckedReport check(ReportInput in, Clock clock) {
        List<FieldProblem> problems = new ArrayList<>();
        ReporterType type = ReporterType.CITIZEN;
        if (in.reporterType() != null && !in.reporterType().isBlank()) {
            try {
                type = ReporterType.parse(in.reporterType());
            } catch (ReportRejected e) {
                problems.addAll(e.problems());
            }
        }
        String language = blank(in.language()) ? "en" : in.language().strip().toLowerCase(Locale.ROOT);
        if (!LANGUAGES.contains(language)) {
            problems.add(new FieldProblem("language", "choice", "language must be one of en, fr, de"));
            language = "en";
        }
        String name = text(problems, "contactName", in.contactName(), 200, false);
        String email = "";
        if (!blank(in.contactEmail())) {
            Optional<String> e = NetworkNames.email(in.contactEmail());
            if (e.isEmpty()) {
                problems.add(new FieldProblem("contactEmail", "email", "contactEmail is not an e-mail address", List.of(in.contactEmail().strip())));
            }
            email = e.orElse("");
        }
        String country = blank(in.country()) ? "" : in.country().strip().toUpperCase(Locale.ROOT);
        String phone = "";
        if (!blank(in.contactPhone())) {
            Optional<String> p = PhoneNumbers.normalise(in.contactPhone(), country);
            if (p.isEmpty()) {
                problems.add(new FieldProblem("contactPhone", "phone", "contactPhone is not a phone number (write it with its country code, e.g. +33 6 12 34 56 78)"));
            }
            phone = p.orElse("");
        }
        Contact contact = new Contact(name, email, phone);
        if (in.anonymous() && !contact.isEmpty()) {
            problems.add(new FieldProblem("anonymous", "anonymous-contact",
                    "you chose to report anonymously: leave the contact fields empty, or untick anonymous"));
        }
        String description = text(problems, "description", in.description(), MAX_DESCRIPTION, true);
        if (!description.isEmpty() && description.length() < MIN_DESCRIPTION) {
            problems.add(new FieldProblem("description", "too-short", "description must have at least " + MIN_DESCRIPTION
                    + " characters", List.of(Integer.toString(MIN_DESCRIPTION))));
        }
        Optional<LocalDate> occurred = date(problems, in.occurredOn(), clock);
        if (country.isEmpty()) {
            problems.add(new FieldProblem("country", "required", "country must not be empty"));
        } else if (!COUNTRIES.contains(country)) {
            problems.add(new FieldProblem("country", "country", "country must be an ISO 3166-1 alpha-2 code such as FR", List.of(country)));
        }
        String sector = blank(in.sector()) ? "" : in.sector().strip();
        if (sector.isEmpty()) {
            problems.add(new FieldProblem("sector", "required", "sector must not be empty"));
        } else if (!Sectors.CODES.contains(sector)) {
            problems.add(new FieldProblem("sector", "choice", "sector must be one of " + String.join(", ", Sectors.CODES)));
        }
        in.observableFields().forEach((f, v) -> {
            if (v != null && v.length() > MAX_FIELD) {
                problems.add(new FieldProblem(f.param(), "too-long", f.param() + " must be at most " + MAX_FIELD + " characters",
                        List.of(Integer.toString(MAX_FIELD))));
            }
        });
        ObservableExtractor.Extraction found = ObservableExtractor.extract(description, in.observableFields(), country);
        for (ObservableExtractor.Rejected r : found.rejected()) {
            problems.add(new FieldProblem(r.field().param(), "observable-" + r.field().param(),
                    "'" + r.entry() + "' in " + r.field().param() + " is not " + what(r.field()), List.of(r.entry())));
        }
        List<CheckedAttachment> files = attachments(problems, in.attachments());
        if (!problems.isEmpty()) {
            throw new ReportRejected(problems);
        }
        return new CheckedReport(type, in.anonymous(), contact, description, occurred, country, sector, language,
                found.observables(), files);
    }

    private static String what(ObservableExtractor.Field f) {
        return switch (f) {
            case URLS -> "a web address (http:// or https://)";
            case DOMAINS -> "a domain name";
            case IPS -> "an IPv4 or IPv6 address";
            case EMAILS -> "an e-mail address";
            case PHONES -> "a phone number";
            case WALLETS -> "a Bitcoin or Ethereum address (checksum included)";
        };
    }

    private static String text(List<FieldProblem> problems, String field, String value, int max, boolean required) {
        if (blank(value)) {
            if (required) {
                problems.add(new FieldProblem(field, "required", field + " must not be empty"));
            }
            return "";
        }
        String t = value.strip().replace("\r\n", "\n");
        if (t.length() > max) {
            problems.add(new FieldProblem(field, "too-long", field + " must be at most " + max + " characters (got " + t.length() + ")",
                    List.of(Integer.toString(max))));
            return "";
        }
        if (t.chars().anyMatch(c -> c < 0x20 && c != '\n' && c != '\t' || c == 0x7f)) {
            problems.add(new FieldProblem(field, "control", field + " contains control characters"));
            return "";
        }
        if (ACTIVE_MARKUP.matcher(t).find()) {
            problems.add(new FieldProblem(field, "markup", field + " contains HTML markup that could run as a script; "
                    + "describe it in words, or attach the message as a file"));
            return "";
        }
        return t;
    }

    private static Optional<LocalDate> date(List<FieldProblem> problems, String value, Clock clock) {
        if (blank(value)) {
            return Optional.empty();
        }
        try {
            LocalDate d = LocalDate.parse(value.strip());
            if (d.isAfter(LocalDate.now(clock).plusDays(1)) || d.isBefore(LocalDate.of(1990, 1, 1))) {
                problems.add(new FieldProblem("occurredOn", "date-range", "occurredOn must lie between 1990-01-01 and today"));
                return Optional.empty();
            }
            return Optional.of(d);
        } catch (DateTimeParseException e) {
            problems.add(new FieldProblem("occurredOn", "date", "occurredOn must be a date such as 2025-03-14", List.of(value.strip())));
            return Optional.empty();
        }
    }

    private static List<CheckedAttachment> attachments(List<FieldProblem> problems, List<AttachmentInput> in) {
        List<AttachmentInput> files = in.stream().filter(a -> a.content() != null && a.content().length > 0 || !blank(a.filename())).toList();
        if (files.size() > AttachmentPolicy.MAX_FILES) {
            problems.add(new FieldProblem("attachments", "too-many-files", "at most " + AttachmentPolicy.MAX_FILES + " files may be attached",
                    List.of(Integer.toString(AttachmentPolicy.MAX_FILES))));
            return List.of();
        }
        long total = 0;
        List<CheckedAttachment> out = new ArrayList<>();
        for (AttachmentInput a : files) {
            String name = AttachmentPolicy.safeName(a.filename());
            byte[] content = a.content() == null ? new byte[0] : a.content();
            total += content.length;
            if (content.length == 0) {
                problems.add(new FieldProblem("attachments", "file-empty", "attachment " + name + " is empty", List.of(name)));
            } else if (content.length > AttachmentPolicy.MAX_FILE_BYTES) {
                problems.add(new FieldProblem("attachments", "file-too-large", "attachment " + name + " is larger than "
                        + mib(AttachmentPolicy.MAX_FILE_BYTES), List.of(name, mib(AttachmentPolicy.MAX_FILE_BYTES))));
            } else {
                Optional<String> type = AttachmentPolicy.sniff(content);
                if (type.isEmpty()) {
                    problems.add(new FieldProblem("attachments", "file-type", "attachment " + name
                            + " is not a PDF, PNG, JPEG, GIF or plain-text file", List.of(name)));
                } else {
                    out.add(new CheckedAttachment(name, type.get(), content, sha256(content)));
                }
            }
        }
        if (total > AttachmentPolicy.MAX_TOTAL_BYTES) {
            problems.add(new FieldProblem("attachments", "files-too-large", "attachments together must not exceed "
                    + mib(AttachmentPolicy.MAX_TOTAL_BYTES), List.of(mib(AttachmentPolicy.MAX_TOTAL_BYTES))));
        }
        return out;
    }

    public static String mib(long bytes) {
        return bytes % (1024 * 1024) == 0 ? bytes / (1024 * 1024) + " MiB" : bytes + " bytes";
    }

    static String sha256(byte[] b) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(b));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
