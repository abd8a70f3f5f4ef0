package org.irm.documents;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
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
 * mailing. Written once: answering the same documents again reuses the file.
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
        String base = (taken.size() == 1 ? OutputFolder.safeBase(first.document().originalName()) : "documents") + "-"
                + first.document().sha256().substring(0, 8) + "-receipt";
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
