package org.issa.investigation.entity;

import org.issa.core.entity.Entity;

/** What an entity is called on screen: its name, else the number or label that identifies it. */
final class Captions {

    private static final String[] BY_PRIORITY = {"name", "fullName", "iban", "accountNumber", "number", "email", "full",
        "registrationNumber", "flightNumber", "title", "fileName", "summary"};

    private Captions() {
    }

    static String of(FtmSchema schema, Entity e) {
        for (String p : BY_PRIORITY) {
            if (!e.first(p).isEmpty()) {
                return cut(e.first(p));
            }
        }
        String person = (e.first("firstName") + " " + e.first("lastName")).strip();
        if (!person.isEmpty()) {
            return cut(person);
        }
        if (schema.is("Payment") && !e.first("amount").isEmpty()) {
            return cut(e.first("amount") + " " + e.first("currency")).strip();
        }
        return cut(schema.name() + " " + e.id());
    }

    private static String cut(String s) {
        return s.length() <= 500 ? s : s.substring(0, 499) + "…";
    }
}
