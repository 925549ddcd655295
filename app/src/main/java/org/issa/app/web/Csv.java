package org.issa.app.web;

/** RFC 4180 CSV cells for exports. */
public final class Csv {

    private Csv() {
    }

    /** Quotes every text cell; a leading =, +, - or @ is prefixed with ' so spreadsheets do not run it as a formula. */
    public static String cell(String s) {
        String v = s == null ? "" : s;
        if (!v.isEmpty() && "=+-@".indexOf(v.charAt(0)) >= 0) {
            v = "'" + v;
        }
        return "\"" + v.replace("\"", "\"\"") + "\"";
    }
}
