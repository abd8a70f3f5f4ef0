package org.irm.documents;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.irm.catalogue.Catalogue;
import org.irm.catalogue.CatalogueException;
import org.irm.catalogue.FieldId;
import org.irm.catalogue.I18nLabels;
import org.irm.catalogue.Language;
import org.irm.catalogue.Provision;
import org.irm.config.ConfigurationException;
import org.irm.config.IrmConfig;
import org.irm.docx.Paragraphs;
import org.irm.register.Register;
import org.irm.register.SupportingDocuments.Document;
import org.irm.review.ReviewCopyRequest;
import org.irm.review.ReviewCopySection;

/**
 * The review copy's list of the State's supporting documents (those of the copy's review, or sent while no review
 * was open), each with the provisions whose answers cite it: an answer cites a document when it holds the
 * document's file name (with or without its extension) or its title, case and accents aside. Plain paragraphs
 * after the provisions, nothing the copy's reader takes back; nothing when the State sent no document.
 *
 * <p>An expert's copy (issue 18) lists the documents cited in the answers to the provisions it holds (the expert's
 * articles and the general questions), naming those provisions alone, and the documents no answer cites (whose
 * relevance nobody can tell); a document cited only in the answers to a colleague's articles is left to the colleague.
 */
public final class DocumentsInReviewCopy implements ReviewCopySection {

    /** Shorter names ("Act", "Law") would be found in almost every answer. */
    private static final int SHORTEST_KEY = 5;

    private final SupportingDesk desk;
    private final Catalogue catalogue;
    private final I18nLabels labels;

    public DocumentsInReviewCopy(SupportingDesk desk, Catalogue catalogue, I18nLabels labels) {
        this.desk = desk;
        this.catalogue = catalogue;
        this.labels = labels;
    }

    /** The section over the configured register, watch folders and labels, naming provisions from this catalogue. */
    public static DocumentsInReviewCopy over(IrmConfig config, Register register, Catalogue catalogue) {
        try {
            return new DocumentsInReviewCopy(SupportingDesk.over(config, register), catalogue,
                    I18nLabels.load(config.templates()));
        } catch (CatalogueException e) {
            throw new ConfigurationException("The labels cannot be used: " + e.getMessage());
        }
    }

    @Override
    public void write(ReviewCopyRequest request, Paragraphs text) {
        List<Document> documents = desk.of(request.state().iso3()).stream()
                .filter(d -> d.reviewId() == null || d.reviewId().equals(request.reviewId())).toList();
        if (documents.isEmpty()) {
            return;
        }
        Map<Document, List<Provision>> shown = new LinkedHashMap<>();
        for (Document document : documents) {
            List<Provision> cited = citedIn(document, request.answers());
            List<Provision> held = cited.stream().filter(p -> p.equals(catalogue.general()) || request.holds(p)).toList();
            if (cited.isEmpty() || !held.isEmpty()) {
                shown.put(document, held);
            }
        }
        if (shown.isEmpty()) {
            return;
        }
        Language language = request.language();
        text.paragraph("Heading1", labels.text(language, "documents.heading"));
        text.paragraph("IrmInstruction", labels.text(language, "documents.intro"));
        shown.forEach((document, cited) -> {
            text.paragraph("IrmQuestion", describe(document, language));
            List<String> titles = cited.stream().map(p -> labels.provisionTitle(language, p)).toList();
            text.paragraph("IrmAnswer", titles.isEmpty() ? labels.text(language, "documents.notCited")
                    : labels.text(language, "documents.citedIn", String.join("; ", titles)));
        });
    }

    /** The provisions, in the catalogue's order, whose answers hold the document's name or title. */
    List<Provision> citedIn(Document document, Map<FieldId, String> answers) {
        Set<String> keys = keys(document);
        Set<String> citing = new LinkedHashSet<>();
        answers.forEach((field, value) -> {
            String answer = Words.normalised(value);
            if (keys.stream().anyMatch(answer::contains)) {
                citing.add(field.provisionId());
            }
        });
        return provisions().filter(p -> citing.contains(p.id())).toList();
    }

    private Stream<Provision> provisions() {
        return Stream.concat(Stream.of(catalogue.general()), catalogue.provisions());
    }

    private static Set<String> keys(Document document) {
        List<String> names = new ArrayList<>();
        String name = document.originalName();
        names.add(name);
        int dot = name.lastIndexOf('.');
        if (dot > 0) {
            names.add(name.substring(0, dot));
        }
        if (document.title() != null) {
            names.add(document.title());
        }
        Set<String> keys = new LinkedHashSet<>();
        for (String candidate : names) {
            String key = Words.normalised(candidate);
            if (key.length() >= SHORTEST_KEY) {
                keys.add(key);
            }
        }
        return keys;
    }

    private String describe(Document document, Language language) {
        List<String> facts = new ArrayList<>();
        facts.add(document.format().toUpperCase(Locale.ROOT));
        if (document.pages() != null) {
            facts.add(labels.text(language, "documents.pages", document.pages()));
        }
        if (document.encrypted()) {
            facts.add(labels.text(language, "documents.encrypted"));
        } else if (document.macros()) {
            facts.add(labels.text(language, "documents.macros"));
        } else if (!document.textLayer()) {
            facts.add(labels.text(language, "documents.noText"));
        }
        String title = document.title() == null || document.title().equals(document.originalName()) ? ""
                : " \u2014 " + document.title();
        return document.originalName() + title + " (" + String.join(", ", facts) + ")";
    }
}
