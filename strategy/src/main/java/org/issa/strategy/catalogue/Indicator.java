package org.issa.strategy.catalogue;

/** A measurable indicator of an action; {@code unit} is count, EUR, percent, days or states. */
public record Indicator(String code, String name, String unit, String actionCode) {
}
