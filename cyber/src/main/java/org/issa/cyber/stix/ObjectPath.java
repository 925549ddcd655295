package org.issa.cyber.stix;

import java.util.List;

/**
 * An object path of a STIX pattern as written, e.g. {@code file:extensions.'ntfs-ext'.alternate_data_streams[0].name}.
 *
 * @param type  the object type
 * @param start index of the type in the pattern
 * @param steps the property names and list indexes after the type, in order; the first is a property
 * @param end   index after the path's last character
 */
record ObjectPath(String type, int start, List<Step> steps, int end) {

    /**
     * One step.
     *
     * @param name  a property name (unquoted), or for a list index its text ({@code *}, {@code 0}, {@code -1})
     * @param index whether it is a list index {@code [..]}
     * @param at    index of the step in the pattern
     */
    record Step(String name, boolean index, int at) {
    }
}
