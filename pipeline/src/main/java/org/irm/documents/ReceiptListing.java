package org.irm.documents;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.irm.register.SubmissionSource;
import org.irm.register.SupportingDocuments;
import org.irm.register.SupportingDocuments.Document;
import org.irm.register.SupportingDocuments.Resent;
import org.irm.submission.AccompanyingDocuments;
import org.irm.submission.Arrival;

/**
 * The list of supporting documents in a checklist return's receipt: for a return by e-mail, the State's documents
 * attached to the same message; for one dropped in the State's folder or ingested, the State's documents that came
 * the same way and no receipt listed yet. A document received before and sent again with the return is listed
 * too, under the name it came with, "already received on" the day it first came. Each is recorded as listed in
 * that return's receipt.
 */
public final class ReceiptListing implements AccompanyingDocuments {

    private final SupportingDocuments documents;

    public ReceiptListing(SupportingDesk desk) {
        this.documents = desk.documents();
    }

    @Override
    public List<Listed> listFor(Arrival arrival, String state, String returnSha256) {
        List<Document> listed;
        List<Resent> again;
        if (arrival.source() == SubmissionSource.MAIL) {
            listed = arrival.messageId() == null ? List.of() : documents.ofMessage(arrival.messageId()).stream()
                    .filter(d -> d.state().equals(state))
                    .filter(d -> d.listedIn() == null || d.listedIn().equals(returnSha256)).toList();
            again = arrival.messageId() == null ? List.of() : documents.resentInMessage(arrival.messageId()).stream()
                    .filter(r -> r.document().state().equals(state))
                    .filter(r -> r.listedIn() == null || r.listedIn().equals(returnSha256)).toList();
        } else {
            listed = documents.forReceipt(state, arrival.source(), returnSha256);
            again = documents.resentForReceipt(state, arrival.source(), returnSha256);
        }
        documents.markListed(listed.stream().map(Document::id).toList(), returnSha256);
        documents.markResentListed(again.stream().map(Resent::id).toList(), returnSha256);
        List<Listed> lines = new ArrayList<>(listed.stream().map(ReceiptListing::listed).toList());
        again.forEach(r -> lines.add(listed(r.document(), r.originalName(), r.document().receivedAt())));
        return lines;
    }

    /** A registered document as a receipt lists it. */
    static Listed listed(Document document) {
        return listed(document, document.originalName(), null);
    }

    /**
     * A registered document as a receipt lists it, under the name it came with this time.
     *
     * @param firstReceived when it was first received, for a document sent again; else null
     */
    static Listed listed(Document document, String name, Instant firstReceived) {
        boolean flagged = document.encrypted() || document.macros();
        return new Listed(name, document.format().toUpperCase(Locale.ROOT), size(document.sizeBytes()),
                document.pages() == null ? "" : document.pages().toString(), document.encrypted(), document.macros(),
                !flagged && !document.textLayer(), firstReceived);
    }

    /** 512 bytes, 12 KB, 3.4 MB. */
    static String size(long bytes) {
        if (bytes < 1024) {
            return bytes + " B";
        }
        if (bytes < 1024 * 1024) {
            return (bytes + 1023) / 1024 + " KB";
        }
        return String.format(Locale.ROOT, "%.1f MB", bytes / 1048576.0);
    }
}
