package org.issa.app.identity;

/** A token just created: the secret is shown this once and never stored. */
public record IssuedToken(ApiToken token, String secret) {
}
