package org.irm.catalogue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;
import javax.xml.transform.sax.SAXSource;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;

import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.XMLReader;

/**
 * The catalogue schema ({@code catalogue/catalogue.xsd}), compiled once, and validation of a
 * catalogue against it. Parsing is locked down: no DOCTYPE at all (so no entity of any kind), no
 * external schema or DTD access, secure processing on.
 */
final class CatalogueSchema {

    static final String PATH = "catalogue/catalogue.xsd";

    private final Schema schema;

    private CatalogueSchema(Schema schema) {
        this.schema = schema;
    }

    /** Compiles the schema; a broken schema is a build defect, reported like a catalogue problem. */
    static CatalogueSchema compile(TemplateFile xsd) throws CatalogueException {
        try {
            SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            StreamSource source = new StreamSource(new ByteArrayInputStream(xsd.bytes()), xsd.location());
            return new CatalogueSchema(factory.newSchema(source));
        } catch (SAXParseException e) {
            throw CatalogueException.of(xsd.location(), e.getLineNumber(), e.getMessage());
        } catch (SAXException e) {
            throw CatalogueException.of(xsd.location(), 0, e.getMessage());
        }
    }

    /** Every schema violation in the file, in document order; empty when it is valid. */
    List<CatalogueProblem> validate(TemplateFile catalogue) {
        Collector collector = new Collector(catalogue.location());
        try {
            Validator validator = schema.newValidator();
            validator.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            validator.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            validator.setErrorHandler(collector);
            InputSource input = new InputSource(new ByteArrayInputStream(catalogue.bytes()));
            input.setSystemId(catalogue.location());
            validator.validate(new SAXSource(secureReader(), input));
        } catch (SAXParseException fatal) {
            collector.add(fatal);
        } catch (SAXException | IOException | ParserConfigurationException e) {
            collector.problems.add(new CatalogueProblem(catalogue.location(), 0, "cannot be read as XML: " + e.getMessage()));
        }
        return collector.problems;
    }

    private static XMLReader secureReader() throws ParserConfigurationException, SAXException {
        SAXParserFactory factory = SAXParserFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setXIncludeAware(false);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        // A catalogue never needs a DOCTYPE; refusing it rules out every entity trick at once.
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
        factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        return factory.newSAXParser().getXMLReader();
    }

    /** Keeps every error instead of stopping at the first, so the editor sees them all. */
    private static final class Collector implements ErrorHandler {
        private final String location;
        private final List<CatalogueProblem> problems = new ArrayList<>();
        private SAXParseException last;

        Collector(String location) {
            this.location = location;
        }

        void add(SAXParseException e) {
            if (e == last) {
                return; // a fatal error is reported to the handler and then thrown
            }
            last = e;
            problems.add(new CatalogueProblem(location, Math.max(e.getLineNumber(), 0), plain(e.getMessage())));
        }

        @Override
        public void warning(SAXParseException e) {
            // Warnings (such as unresolvable hints) do not make a catalogue unusable.
        }

        @Override
        public void error(SAXParseException e) {
            add(e);
        }

        @Override
        public void fatalError(SAXParseException e) throws SAXException {
            add(e);
            throw e;
        }

        /** Drops the validator's rule code ("cvc-complex-type.2.4.a: "), which means nothing to an editor. */
        private static String plain(String message) {
            if (message == null) {
                return "invalid";
            }
            if (message.contains("DOCTYPE is disallowed")) {
                return "a DOCTYPE is not allowed in a catalogue (it could pull in other files); remove it";
            }
            return message.replaceFirst("^cvc-[\\w.-]+: ", "");
        }
    }
}
