package org.issa.app.web;

import java.util.List;
import org.issa.core.marking.Marking;

/** A marking as the API returns it. */
public record MarkingView(String classification, String tlp, List<String> releasableTo, String originator,
                          List<String> handling, String banner) {

    public static MarkingView of(Marking m) {
        return new MarkingView(m.classification().name(), m.tlp().label(), m.releasableTo().stream().sorted().toList(),
                m.originator(), m.handling().stream().map(Enum::name).sorted().toList(), m.banner());
    }
}
