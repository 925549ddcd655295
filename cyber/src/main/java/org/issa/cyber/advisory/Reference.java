package org.issa.cyber.advisory;

/** A link readers can follow for more: a vendor's notice, a national guide. */
public record Reference(String url, String summary) {
}
