package org.issa.cyber.advisory;

/** An affected product, published in the CSAF product tree as vendor › product name › version. */
public record Product(String vendor, String name, String version) {

    /** The name shown to readers and used as the CSAF full product name. */
    public String fullName() {
        return vendor + " " + name + (version.isEmpty() ? "" : " " + version);
    }
}
