package org.issa.core.testdb;

import java.util.function.Supplier;
import org.issa.core.tx.Transactions;

/** For domain tests without the application: each statement commits on its own. */
public final class Autocommit implements Transactions {
    @Override
    public <T> T inTransaction(Supplier<T> work) {
        return work.get();
    }
}
