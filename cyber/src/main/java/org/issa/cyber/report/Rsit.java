package org.issa.cyber.report;

/** An RSIT class and type; empty strings mean "not set". */
public record Rsit(String rsitClass, String rsitType) {

    public static final Rsit NONE = new Rsit("", "");

    public Rsit {
        rsitClass = rsitClass == null ? "" : rsitClass;
        rsitType = rsitType == null ? "" : rsitType;
    }

    public boolean isSet() {
        return !rsitClass.isEmpty();
    }

    /** {@code rsit:fraud="phishing"}, or "" when not set. */
    public String machineTag() {
        return isSet() ? "rsit:" + rsitClass + "=\"" + rsitType + "\"" : "";
    }

    @Override
    public String toString() {
        return isSet() ? rsitClass + "/" + rsitType : "";
    }
}
