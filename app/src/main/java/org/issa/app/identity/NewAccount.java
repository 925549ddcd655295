package org.issa.app.identity;

import java.util.Set;
import org.issa.core.marking.Classification;
import org.issa.core.security.Role;

/** What an administrator gives to open an account. */
public record NewAccount(String username, String displayName, String password, String agency, String memberState,
                         Set<Role> roles, Classification clearance) {
}
