package org.issa.finance.register.load;

import org.issa.finance.register.RegisterAccount;

/** Receives the entries of a submission in file order, with the line each starts on. */
@FunctionalInterface
public interface AccountSink {
    void accept(RegisterAccount account, long line);
}
