package org.irm.catalogue;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.irm.catalogue.CatalogueDraft.ArticleDraft;
import org.irm.catalogue.CatalogueDraft.ChapterDraft;
import org.irm.catalogue.CatalogueDraft.CodeDraft;
import org.irm.catalogue.CatalogueDraft.CodeListDraft;
import org.irm.catalogue.CatalogueDraft.ProvisionDraft;
import org.irm.catalogue.CatalogueDraft.QuestionDraft;
import org.irm.catalogue.CatalogueDraft.QuestionSetDraft;
import org.irm.catalogue.CatalogueDraft.RuleDraft;
import org.irm.catalogue.CatalogueDraft.SetRef;

/**
 * Reads a catalogue that the schema has accepted into a {@link CatalogueDraft}, noting the line of
 * every declaration. It relies on the schema for structure (required attributes, order, number
 * formats) and does no cross-reference checking of its own.
 */
final class CatalogueReader {

    static final String NAMESPACE = "urn:irm:catalogue:1";

    private final String location;
    private XMLStreamReader xml;

    private String id;
    private String instrument;
    private int cycle;
    private String version;
    private String mechanism;
    private int cluster;
    private List<String> protocols = List.of();
    private SetRef general;
    private SetRef provisionSet;
    private final List<CodeListDraft> codeLists = new ArrayList<>();
    private final List<QuestionSetDraft> questionSets = new ArrayList<>();
    private final List<ChapterDraft> chapters = new ArrayList<>();
    private List<QuestionDraft> questions;
    private List<RuleDraft> rules;
    private List<ArticleDraft> articles;
    private List<ProvisionDraft> provisions;
    private ArticleDraft article;
    private String paragraph;

    private CatalogueReader(String location) {
        this.location = location;
    }

    static CatalogueDraft read(TemplateFile file) throws CatalogueException {
        return new CatalogueReader(file.location()).readAll(file.bytes());
    }

    private CatalogueDraft readAll(byte[] bytes) throws CatalogueException {
        try {
            xml = secureFactory().createXMLStreamReader(new ByteArrayInputStream(bytes));
            try {
                while (xml.hasNext()) {
                    int event = xml.next();
                    if (event == XMLStreamConstants.START_ELEMENT && NAMESPACE.equals(xml.getNamespaceURI())) {
                        start(xml.getLocalName());
                    } else if (event == XMLStreamConstants.END_ELEMENT && NAMESPACE.equals(xml.getNamespaceURI())) {
                        end(xml.getLocalName());
                    }
                }
            } finally {
                xml.close();
            }
        } catch (XMLStreamException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNumber();
            throw CatalogueException.of(location, line, "cannot be read as XML: " + e.getMessage());
        }
        return new CatalogueDraft(location, id, instrument, cycle, version, codeLists, questionSets,
                general, provisionSet, chapters, mechanism, cluster, protocols);
    }

    private static XMLInputFactory secureFactory() {
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        return factory;
    }

    private void start(String element) throws XMLStreamException {
        int line = xml.getLocation().getLineNumber();
        switch (element) {
            case "catalogue" -> {
                id = attribute("id");
                instrument = attribute("instrument");
                cycle = Integer.parseInt(attribute("cycle"));
                version = attribute("version");
                mechanism = attribute("mechanism");
                cluster = attribute("cluster") == null ? 0 : Integer.parseInt(attribute("cluster"));
                protocols = attribute("protocols") == null ? List.of() : List.of(attribute("protocols").split("\\s+"));
            }
            case "codeList" -> codeLists.add(new CodeListDraft(line, attribute("id"), attribute("version"), new ArrayList<>()));
            case "code" -> codeLists.get(codeLists.size() - 1).codes().add(new CodeDraft(line, xml.getElementText().trim()));
            case "questionSet" -> {
                questions = new ArrayList<>();
                questionSets.add(new QuestionSetDraft(line, attribute("id"), questions));
            }
            case "question" -> {
                rules = new ArrayList<>();
                questions.add(new QuestionDraft(line, attribute("id"), QuestionKind.valueOf(attribute("kind")),
                        attribute("codeList"), isTrue(attribute("readOnly")), rules));
            }
            case "required" -> rules.add(new RuleDraft(line, new ValidationRule.Required()));
            case "requiredWhen" -> rules.add(new RuleDraft(line, new ValidationRule.RequiredWhen(attribute("question"),
                    new HashSet<>(Arrays.asList(attribute("values").trim().split("\\s+"))),
                    "none-of".equals(attribute("condition")))));
            case "allowedValues" -> rules.add(new RuleDraft(line, new ValidationRule.AllowedValues(attribute("codeList"))));
            case "maxWords" -> rules.add(new RuleDraft(line, new ValidationRule.MaxWords(Integer.parseInt(attribute("limit")))));
            case "general" -> general = new SetRef(line, attribute("questionSet"));
            case "chapters" -> provisionSet = new SetRef(line, attribute("questionSet"));
            case "chapter" -> {
                articles = new ArrayList<>();
                chapters.add(new ChapterDraft(line, attribute("number"), articles));
            }
            case "article" -> {
                provisions = new ArrayList<>();
                article = new ArticleDraft(line, Integer.parseInt(attribute("number")), attribute("questionSet"), provisions);
                articles.add(article);
            }
            case "paragraph" -> {
                paragraph = attribute("number");
                provisions.add(new ProvisionDraft(line, article.number(), paragraph, null));
            }
            case "subparagraph" -> provisions.add(new ProvisionDraft(line, article.number(), paragraph, attribute("letter")));
            default -> { } // containers (codeLists, questionSets) carry nothing of their own
        }
    }

    private void end(String element) {
        if ("paragraph".equals(element)) {
            paragraph = null;
        } else if ("article".equals(element) && provisions.stream().allMatch(p -> p.paragraph() == null)) {
            // An article without numbered paragraphs is reviewed as a whole, ahead of its letters.
            provisions.add(0, new ProvisionDraft(article.line(), article.number(), null, null));
        }
    }

    /** xs:boolean: "true" or "1". */
    private static boolean isTrue(String value) {
        return "true".equals(value) || "1".equals(value);
    }

    /** The attribute's value, trimmed, or null when absent (the schema has already required it where needed). */
    private String attribute(String name) {
        String value = xml.getAttributeValue(null, name);
        return value == null ? null : value.trim();
    }
}
