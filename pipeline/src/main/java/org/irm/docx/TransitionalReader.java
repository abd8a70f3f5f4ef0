package org.irm.docx;

import javax.xml.namespace.QName;
import javax.xml.stream.XMLStreamReader;
import javax.xml.stream.util.StreamReaderDelegate;

/**
 * A StAX reader that shows a Strict Open XML part under Transitional names ({@link StrictNames}):
 * element and attribute namespaces are reported as their Transitional twins, and an attribute
 * asked for by its Transitional namespace is found under the Strict one too. Transitional parts
 * pass through unchanged; the cost is a prefix comparison per name asked for.
 */
final class TransitionalReader extends StreamReaderDelegate {

    TransitionalReader(XMLStreamReader reader) {
        super(reader);
    }

    @Override
    public String getNamespaceURI() {
        return StrictNames.transitional(super.getNamespaceURI());
    }

    @Override
    public String getNamespaceURI(String prefix) {
        return StrictNames.transitional(super.getNamespaceURI(prefix));
    }

    @Override
    public String getNamespaceURI(int index) {
        return StrictNames.transitional(super.getNamespaceURI(index));
    }

    @Override
    public String getAttributeNamespace(int index) {
        return StrictNames.transitional(super.getAttributeNamespace(index));
    }

    @Override
    public QName getName() {
        return transitional(super.getName());
    }

    @Override
    public QName getAttributeName(int index) {
        return transitional(super.getAttributeName(index));
    }

    @Override
    public String getAttributeValue(String namespace, String localName) {
        String value = super.getAttributeValue(namespace, localName);
        if (value == null) {
            String strict = StrictNames.strict(namespace);
            if (strict != null) {
                value = super.getAttributeValue(strict, localName);
            }
        }
        return value;
    }

    private static QName transitional(QName name) {
        String namespace = name.getNamespaceURI();
        String mapped = StrictNames.transitional(namespace);
        return mapped.equals(namespace) ? name : new QName(mapped, name.getLocalPart(), name.getPrefix());
    }
}
