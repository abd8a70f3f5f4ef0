package org.irm.translation;

import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.Reader;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.w3c.dom.ls.LSInput;
import org.w3c.dom.ls.LSResourceResolver;

/**
 * The OASIS XLIFF 2.0 core schema (test resources, {@code xliff/SOURCE.md} says where it is from),
 * loaded by a schema factory that reaches nothing outside: no external DTD or schema access, secure
 * processing on, and its one import ({@code xml.xsd}) resolved to the copy beside it.
 */
final class XliffSchema {

    private static final String FOLDER = "/xliff/";
    private static final String XML_XSD = "informativeCopiesOf3rdPartySchemas/w3c/xml.xsd";

    private XliffSchema() {
    }

    static void assertValid(byte[] xliff) {
        assertThatCode(() -> validator().validate(new StreamSource(new ByteArrayInputStream(xliff))))
                .as("valid against the XLIFF 2.0 core schema").doesNotThrowAnyException();
    }

    static Validator validator() throws Exception {
        SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        factory.setResourceResolver(new Local());
        Schema schema;
        try (InputStream core = XliffSchema.class.getResourceAsStream(FOLDER + "xliff_core_2.0.xsd")) {
            schema = factory.newSchema(new StreamSource(core, "xliff_core_2.0.xsd"));
        }
        Validator validator = schema.newValidator();
        validator.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        validator.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        validator.setResourceResolver(new Local());
        return validator;
    }

    /** Resolves the schema's import of the xml: attributes to the local copy, and anything else to nothing. */
    private static final class Local implements LSResourceResolver {
        @Override
        public LSInput resolveResource(String type, String namespace, String publicId, String systemId, String baseUri) {
            if (!XMLConstants.XML_NS_URI.equals(namespace)) {
                throw new IllegalStateException("The schema asked for " + systemId + " (" + namespace + "): not fetched");
            }
            return new Input(XliffSchema.class.getResourceAsStream(FOLDER + XML_XSD));
        }
    }

    private record Input(InputStream stream) implements LSInput {
        @Override public Reader getCharacterStream() { return null; }
        @Override public void setCharacterStream(Reader characterStream) { }
        @Override public InputStream getByteStream() { return stream; }
        @Override public void setByteStream(InputStream byteStream) { }
        @Override public String getStringData() { return null; }
        @Override public void setStringData(String stringData) { }
        @Override public String getSystemId() { return null; }
        @Override public void setSystemId(String systemId) { }
        @Override public String getPublicId() { return null; }
        @Override public void setPublicId(String publicId) { }
        @Override public String getBaseURI() { return null; }
        @Override public void setBaseURI(String baseURI) { }
        @Override public String getEncoding() { return null; }
        @Override public void setEncoding(String encoding) { }
        @Override public boolean getCertifiedText() { return false; }
        @Override public void setCertifiedText(boolean certifiedText) { }
    }
}
