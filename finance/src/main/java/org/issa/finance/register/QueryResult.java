package org.issa.finance.register;

import java.util.List;

/** The answer to a register query: the logged query's id (quoted on the account pages it leads to) and the accounts found. */
public record QueryResult(String queryId, List<AccountRecord> accounts, boolean truncated) {
}
