package org.issa.app.investigation.cases;

import org.issa.app.identity.UserAccount;
import org.issa.app.identity.UserDirectory;
import org.issa.core.error.InvalidInputException;
import org.issa.core.security.Principal;

/** Finds the account of a user to put on a case: an enabled account of this node, as it is now. */
final class CaseMembers {

    private CaseMembers() {
    }

    static Principal principal(UserDirectory directory, String username) {
        String u = username == null ? "" : username.strip();
        if (u.isEmpty()) {
            throw new InvalidInputException("username", "username is required");
        }
        return directory.find(u).filter(UserAccount::enabled).map(UserAccount::principal)
                .orElseThrow(() -> new InvalidInputException("username", "no enabled user '" + u + "' on this node"));
    }
}
