package org.issa.matching.model;

/**
 * How much a name on a list says about its bearer: the primary name, a good alias, or a weak alias
 * (UN "Low" quality, EU {@code strong="false"}, FtM {@code weakAlias}) that must never produce a
 * strong hit on its own.
 */
public enum NameStrength {
    PRIMARY, ALIAS, WEAK
}
