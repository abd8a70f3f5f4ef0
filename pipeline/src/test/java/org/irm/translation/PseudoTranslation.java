package org.irm.translation;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.UnaryOperator;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.irm.catalogue.Language;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** What a translator's tool does to an exported file in a test: a target for every segment, pseudo-translated. */
public final class PseudoTranslation {

    private static final String CORE = "urn:oasis:names:tc:xliff:document:2.0";

    private PseudoTranslation() {
    }

    /** The text "translated": marked with the language, every vowel accented, so that no source sentence is left whole. */
    public static String of(String text, Language to) {
        StringBuilder accented = new StringBuilder("[" + to.code() + "] ");
        for (char c : text.toCharArray()) {
            accented.append(switch (c) {
                case 'a' -> 'à';
                case 'e' -> 'é';
                case 'i' -> 'î';
                case 'o' -> 'ô';
                case 'u' -> 'ù';
                default -> c;
            });
        }
        return accented.toString();
    }

    /** Adds to every segment of the file a target, the source's text through {@code translate}, and writes it to {@code out}. */
    public static Path translate(Path exported, UnaryOperator<String> translate, Path out) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        Document xliff = factory.newDocumentBuilder().parse(exported.toFile());
        NodeList segments = xliff.getElementsByTagNameNS(CORE, "segment");
        for (int i = 0; i < segments.getLength(); i++) {
            Element segment = (Element) segments.item(i);
            Element source = (Element) segment.getElementsByTagNameNS(CORE, "source").item(0);
            Element target = xliff.createElementNS(CORE, "target");
            target.setTextContent(translate.apply(source.getTextContent()));
            segment.appendChild(target);
            segment.setAttribute("state", "translated");
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        TransformerFactory transformers = TransformerFactory.newInstance();
        transformers.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        transformers.newTransformer().transform(new DOMSource(xliff), new StreamResult(bytes));
        return Files.write(out, bytes.toByteArray());
    }
}
