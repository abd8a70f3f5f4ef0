package org.irm.docx;

import java.util.LinkedHashMap;
import java.util.Map;
import javax.xml.stream.XMLStreamConstants;

/** The document properties parts: which application saved the file, and the custom properties. */
final class DocumentProperties {

    private static final int MAX_VALUE_CHARS = 64 * 1024;

    private DocumentProperties() {
    }

    /** {@code Application} (and its version) from docProps/app.xml, or null when not recorded. */
    static String application(WordPackage pkg, PackageLimits limits) throws RefusedDocumentException {
        String[] found = new String[2];
        DocxReader.parse(pkg, "docProps/app.xml", xml -> {
            String element = null;
            StringBuilder text = new StringBuilder();
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    element = xml.getLocalName();
                    text.setLength(0);
                } else if (event == XMLStreamConstants.CHARACTERS && element != null && text.length() < 1024) {
                    text.append(xml.getText());
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    if ("Application".equals(xml.getLocalName())) {
                        found[0] = text.toString().strip();
                    } else if ("AppVersion".equals(xml.getLocalName())) {
                        found[1] = text.toString().strip();
                    }
                    element = null;
                }
            }
        });
        if (found[0] == null || found[0].isEmpty()) {
            return null;
        }
        return found[1] == null || found[1].isEmpty() ? found[0] : found[0] + " " + found[1];
    }

    /** docProps/custom.xml: property name to its value as text, whatever its vt: type. */
    static Map<String, String> custom(WordPackage pkg, PackageLimits limits) throws RefusedDocumentException {
        Map<String, String> properties = new LinkedHashMap<>();
        DocxReader.parse(pkg, "docProps/custom.xml", xml -> {
            String name = null;
            boolean inValue = false;
            StringBuilder value = new StringBuilder();
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    if ("property".equals(xml.getLocalName())) {
                        name = xml.getAttributeValue(null, "name");
                        value.setLength(0);
                    } else if (name != null) {
                        inValue = true;
                    }
                } else if (event == XMLStreamConstants.CHARACTERS && inValue && value.length() < MAX_VALUE_CHARS) {
                    // Only the typed value element's text: the indentation around it is not part of the value.
                    value.append(xml.getText());
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    if ("property".equals(xml.getLocalName())) {
                        if (name != null) {
                            properties.putIfAbsent(name, value.toString());
                        }
                        name = null;
                    }
                    inValue = false;
                }
            }
        });
        return properties;
    }
}
