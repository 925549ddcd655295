package org.issa.core.marking;

/** Handling flags: how a record must be treated beyond who may read it. */
public enum Handling {
    /** Contains personal data: reads are audited with a stated purpose. */
    PERSONAL_DATA,
    /** Personal data items are masked (depersonalised) for ordinary readers. */
    MASKED,
    /** Sensitive data in the sense of Article 9 GDPR / Article 10 LED. */
    SENSITIVE
}
