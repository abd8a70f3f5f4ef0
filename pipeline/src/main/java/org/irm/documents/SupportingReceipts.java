package org.irm.documents;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import org.irm.catalogue.Language;
import org.irm.folders.OutputFolder;
import org.irm.mail.MailTexts;
import org.irm.register.ReviewRecord;

/**
 * The receipt for supporting documents that no checklist receipt listed (a mail or a drop with no return): the
 * {@code supporting} mail template in the State's language, written to {@code outbox/<ISO3>/} and returned for
 * mailing. Written once: answering the same documents again reuses the file; a document sent again has a receipt
 * of its own ({@code <name>-<sha8>-again-receipt.txt}), saying when it was first received.
 */
final class SupportingReceipts {

    /** A receipt written: its text and its file. */
    record Receipt(MailTexts.Text text, Path file) {
    }

    private final MailTexts texts;
    private final Path outbox;
    private final BiFunction<String, Language, String> stateNames;

    SupportingReceipts(MailTexts texts, Path outbox, BiFunction<String, Language, String> stateNames) {
        this.texts = texts;
        this.outbox = outbox;
        this.stateNames = stateNames;
    }

    /** The first 8 hex digits of a digest over the documents' sha256 and whether each came again. */
    private static String batchKey(List<SupportingDesk.Taken> taken) {
        StringBuilder key = new StringBuilder();
        taken.forEach(t -> key.append(t.document().sha256()).append(t.alreadyReceived() ? "+again" : "").append(','));
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(key.toString().getBytes(StandardCharsets.UTF_8))).substring(0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }

    Receipt write(String state, Language language, ReviewRecord review, List<SupportingDesk.Taken> taken) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (SupportingDesk.Taken one : taken) {
            Map<String, Object> row = new HashMap<>(ReceiptListing.listed(one.document(), one.name(),
                    one.alreadyReceived() ? one.document().receivedAt() : null).model(language));
            row.put("again", one.alreadyReceived());
            rows.add(row);
        }
        Map<String, Object> model = new HashMap<>();
        model.put("state", stateNames.apply(state, language));
        model.put("iso3", state);
        model.put("review", review == null ? "" : review.id());
        model.put("documents", rows);
        MailTexts.Text text = texts.render("supporting", language, model);
        SupportingDesk.Taken first = taken.get(0);
        // The name says which documents it answers, so answering them again (after a crash) reuses it, and a
        // document sent again (or another set of documents) gets a receipt of its own.
        String base = taken.size() == 1
                ? OutputFolder.safeBase(first.name()) + "-" + first.document().sha256().substring(0, 8)
                        + (first.alreadyReceived() ? "-again" : "")
                : "documents-" + batchKey(taken);
        base += "-receipt";
        OutputFolder folder = new OutputFolder(outbox.resolve(state));
        try {
            Path file = folder.has(base + ".txt") ? folder.resolve(base + ".txt")
                    : folder.write(base, ".txt", (text.subject() + "\n\n" + text.body()).getBytes(StandardCharsets.UTF_8));
            return new Receipt(text, file);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the receipt into " + folder.path() + ": " + e.getMessage(), e);
        }
    }
}
