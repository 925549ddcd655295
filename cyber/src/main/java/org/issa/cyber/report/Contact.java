package org.issa.cyber.report;

/** How to reach a reporter who wished to be reachable; all empty for an anonymous report. */
public record Contact(String name, String email, String phone) {

    public static final Contact NONE = new Contact("", "", "");

    public Contact {
        name = name == null ? "" : name;
        email = email == null ? "" : email;
        phone = phone == null ? "" : phone;
    }

    public boolean isEmpty() {
        return name.isEmpty() && email.isEmpty() && phone.isEmpty();
    }
}
