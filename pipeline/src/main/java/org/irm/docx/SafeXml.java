package org.irm.docx;

import com.ctc.wstx.stax.WstxInputFactory;
import java.io.InputStream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The one way this project opens XML from outside: StAX with DTDs and external entities off, so a
 * document cannot make the reader fetch files or expand entities.
 */
public final class SafeXml {

    private static final XMLInputFactory FACTORY = newFactory();

    private SafeXml() {
    }

    /**
     * A reader that refuses any document type declaration as soon as it meets one: Word never
     * writes one, and it is how entity attacks start.
     *
     * @throws DoctypeFound (unchecked) from the reader's methods when the XML declares a DOCTYPE
     */
    public static XMLStreamReader reader(InputStream in) throws XMLStreamException {
        return FACTORY.createFilteredReader(FACTORY.createXMLStreamReader(in), reader -> {
            refuseDoctype(reader.getEventType());
            return true;
        });
    }

    /**
     * The same parser without the filter: for a reader that passes every event it gets to
     * {@link #refuseDoctype} itself (the story parts, most of a document's bytes, are read so to
     * spare a delegating reader per event).
     */
    static XMLStreamReader unfilteredReader(InputStream in) throws XMLStreamException {
        return FACTORY.createXMLStreamReader(in);
    }

    /** @throws DoctypeFound when the event is a document type declaration or an entity reference */
    static void refuseDoctype(int event) {
        if (event == XMLStreamConstants.DTD || event == XMLStreamConstants.ENTITY_REFERENCE) {
            throw new DoctypeFound();
        }
    }

    /** The XML declared a document type or used an entity: refused, never expanded. */
    public static final class DoctypeFound extends RuntimeException {
        public DoctypeFound() {
            super("XML with a document type declaration or entity reference");
        }
    }

    // Woodstox by name, not whatever the class path offers first: its behaviour with DTDs and
    // entities switched off is what the tests pin down.
    private static XMLInputFactory newFactory() {
        XMLInputFactory factory = new WstxInputFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        factory.setProperty(XMLInputFactory.IS_COALESCING, false);
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        return factory;
    }
}
