package org.issa.finance.recovery;

import java.util.EnumSet;
import java.util.Set;

/**
 * The lifecycle of an asset (Directive (EU) 2024/1260, Arts. 11-22): identified, frozen, confiscated, managed,
 * disposed, returned to victims; or released to its owner when the freezing ends without confiscation.
 */
public enum AssetStage {
    IDENTIFIED("Identified"),
    FROZEN("Frozen"),
    CONFISCATED("Confiscated"),
    MANAGED("Under management"),
    DISPOSED("Disposed of"),
    RETURNED_TO_VICTIMS("Returned to victims"),
    RELEASED("Released to the owner");

    private final String label;

    AssetStage(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The stages this one may move to. */
    public Set<AssetStage> next() {
        return switch (this) {
            case IDENTIFIED -> EnumSet.of(FROZEN, RELEASED);
            case FROZEN -> EnumSet.of(CONFISCATED, RELEASED);
            case CONFISCATED -> EnumSet.of(MANAGED, DISPOSED, RETURNED_TO_VICTIMS);
            case MANAGED -> EnumSet.of(DISPOSED, RETURNED_TO_VICTIMS);
            case DISPOSED -> EnumSet.of(RETURNED_TO_VICTIMS);
            case RETURNED_TO_VICTIMS, RELEASED -> EnumSet.noneOf(AssetStage.class);
        };
    }

    public boolean mayMoveTo(AssetStage to) {
        return next().contains(to);
    }

    /** Stages in which the asset may be sold. */
    public boolean saleable() {
        return this == CONFISCATED || this == MANAGED;
    }

    public static AssetStage parse(String field, String text) {
        return Parse.choice(AssetStage.class, field, text);
    }
}
