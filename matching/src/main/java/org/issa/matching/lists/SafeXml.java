package org.issa.matching.lists;

import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;

/**
 * The one place where ISSA builds StAX parsers for files from outside. The factory is the JDK's
 * own (not whatever happens to be on the class path), supports no DTD, resolves no external
 * entity, DTD or schema, and leaves entity references unreplaced, so that a DOCTYPE, an external
 * entity or a "billion laughs" document is never expanded; the list readers then refuse such a
 * document outright.
 */
public final class SafeXml {

    private SafeXml() {
    }

    /** A new hardened factory (factories are cheap; a new one per read keeps them unshared). */
    public static XMLInputFactory newInputFactory() {
        XMLInputFactory f = XMLInputFactory.newDefaultFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        f.setProperty(XMLInputFactory.IS_COALESCING, true);
        f.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        f.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        f.setXMLResolver((publicId, systemId, base, namespace) -> {
            throw new javax.xml.stream.XMLStreamException("external resource " + systemId + " refused");
        });
        return f;
    }
}
