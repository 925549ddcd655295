package org.issa.cyber.report;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** The texts of notifications to reporters, in the language they reported in. */
public final class Notifications {

    /** A subject and a body. */
    public record Text(String subject, String body) {
    }

    private Notifications() {
    }

    public static Text forwarded(String language, String reference, String authorityName) {
        ResourceBundle b = ResourceBundle.getBundle("org.issa.cyber.report.notifications", Locale.forLanguageTag(language),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        return new Text(MessageFormat.format(b.getString("forwarded.subject"), reference),
                MessageFormat.format(b.getString("forwarded.body"), reference, authorityName));
    }
}
