package org.issa.finance.payment.message;

import java.util.Arrays;

/** The local names from the document's root down to the current element. */
public final class ElementPath {

    private String[] names = new String[16];
    private int size;

    void push(String name) {
        if (size == names.length) {
            names = Arrays.copyOf(names, size * 2);
        }
        names[size++] = name;
    }

    void pop() {
        size--;
    }

    /** How deep the current element is; the root element is at depth 1. */
    public int depth() {
        return size;
    }

    /** The current element's local name. */
    public String last() {
        return size == 0 ? "" : names[size - 1];
    }

    /** Whether the path ends with these local names, the last one being the current element. */
    public boolean endsWith(String... tail) {
        if (tail.length > size) {
            return false;
        }
        for (int i = 0; i < tail.length; i++) {
            if (!names[size - tail.length + i].equals(tail[i])) {
                return false;
            }
        }
        return true;
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < size; i++) {
            sb.append('/').append(names[i]);
        }
        return sb.toString();
    }
}
