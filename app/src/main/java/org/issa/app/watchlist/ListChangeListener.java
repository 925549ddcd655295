package org.issa.app.watchlist;

/**
 * Told after a list's change has been committed: a new version (import, manual entry) or a new
 * threshold. The screening side rebuilds its index and screens the kept records again.
 */
@FunctionalInterface
public interface ListChangeListener {

    void listChanged(String listId);
}
