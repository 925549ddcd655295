package org.issa.core.xml;

import javax.xml.stream.Location;
import javax.xml.stream.XMLStreamException;

/**
 * A document refused as hostile or over its bounds. It is an {@link XMLStreamException}, so it leaves the parser the
 * way a syntax error does; {@link #reason()} says which rule was broken, {@link #problem()} says so in words without
 * the place, and {@link #getLocation()} gives the place.
 */
public final class XmlRefusedException extends XMLStreamException {

    /** Which rule the document broke. */
    public enum Reason {
        /** A document type declaration: DTDs (and so entity declarations and external entities) are not read. */
        DOCTYPE,
        /** An entity reference left unreplaced: entities are never expanded. */
        ENTITY_REFERENCE,
        /** Elements nested deeper than the bound. */
        TOO_DEEP,
        /** More elements than the bound. */
        TOO_MANY_ELEMENTS,
        /** A text run or an attribute value longer than the bound. */
        TEXT_TOO_LONG
    }

    private final Reason reason;
    private final String problem;

    XmlRefusedException(Reason reason, String problem, Location location) {
        super(problem + (location == null ? "" : " (line " + location.getLineNumber() + ", column " + location.getColumnNumber() + ")"),
                location);
        this.reason = reason;
        this.problem = problem;
    }

    public Reason reason() {
        return reason;
    }

    /** The problem in words, without the place (e.g. "elements nested deeper than 64 levels"). */
    public String problem() {
        return problem;
    }

    /** The line of the refusal, or 0 when the parser did not know it. */
    public int line() {
        return getLocation() == null ? 0 : getLocation().getLineNumber();
    }
}
