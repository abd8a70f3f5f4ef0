package org.irm.notice;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.irm.catalogue.FieldId;
import org.irm.catalogue.State;
import org.irm.catalogue.StateList;
import org.irm.register.MasterChecklist;
import org.irm.register.NoticeRecord;
import org.irm.register.Notices;
import org.irm.register.ReportDraft;
import org.irm.register.Reviews;
import org.irm.review.ReviewDesk;

/**
 * The files a notification carries: a reviewing State's review copy of the complete checklist
 * (written into the State's outbox as {@code irm review-copy} writes it, once per reviewer and
 * language, and recorded with the notice so that a message composed again after a stop attaches
 * the same file), and the draft report in the recipient's language (else the latest draft).
 * Reminders carry none but a question list's, which carries the list again when it is in the State's outbox.
 */
final class NoticeAttachments {

    private final ReviewDesk desk;
    private final StateList states;
    private final Reviews reviews;
    private final ReturnsIn returns;
    private final Notices ledger;
    private final Path outbox;
    private final Map<String, Path> written = new HashMap<>();

    NoticeAttachments(ReviewDesk desk, StateList states, Reviews reviews, ReturnsIn returns, Notices ledger, Path outbox) {
        this.desk = desk;
        this.states = states;
        this.reviews = reviews;
        this.returns = returns;
        this.ledger = ledger;
        this.outbox = outbox;
    }

    /** The files to attach to the notice's message (none for a reminder). */
    List<Path> of(Notice notice) {
        return switch (notice.kind()) {
            case REVIEW_COPY -> List.of(reviewCopy(notice));
            case DRAFT_READY -> draft(notice).map(List::of).orElse(List.of());
            case QUESTION_LIST -> questionList(notice).map(List::of).orElse(List.of());
            default -> List.of();
        };
    }

    private Path reviewCopy(Notice notice) {
        String copyKey = notice.reviewId() + "\n" + notice.subject() + "\n" + notice.language().code();
        Path cached = written.get(copyKey);
        if (cached != null && Files.isRegularFile(cached)) {
            ledger.attach(notice.key(), cached.toString());
            return cached;
        }
        // A copy written before a stop, for this recipient or another expert of the same State in the same language.
        Optional<Path> earlier = ledger.list(notice.reviewId()).stream()
                .filter(r -> r.key().kind().equals(notice.kind().code()) && r.key().subject().equals(notice.subject())
                        && r.language() == notice.language() && r.attachment() != null)
                .map(NoticeRecord::attachment).map(Path::of).filter(Files::isRegularFile).findFirst();
        Path file = earlier.orElseGet(() -> writeCopy(notice));
        written.put(copyKey, file);
        ledger.attach(notice.key(), file.toString());
        return file;
    }

    private Path writeCopy(Notice notice) {
        var review = reviews.find(notice.reviewId()).orElseThrow(() -> new IllegalStateException(
                "The review " + notice.reviewId() + " is no longer in the register"));
        MasterChecklist master = returns.completeChecklist(review).orElseThrow(() -> new IllegalStateException(
                "The checklist of " + notice.reviewId() + " is no longer complete"));
        State state = states.find(notice.state()).orElseThrow(() -> new IllegalStateException(
                "The State " + notice.state() + " is not in the States list (templates/states/states.csv)"));
        Map<FieldId, String> answers = new LinkedHashMap<>();
        master.current().forEach((field, answer) -> answers.put(field, answer.value()));
        try {
            return desk.reviewCopy(state, notice.reviewId(), notice.language(), notice.subject(), answers,
                    folderOf(notice.state())).file();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the review copy of " + notice.reviewId() + " for "
                    + notice.subject() + ": " + e.getMessage(), e);
        }
    }

    private Optional<Path> draft(Notice notice) {
        var review = reviews.find(notice.reviewId());
        if (review.isEmpty()) {
            return Optional.empty();
        }
        return returns.latestDraft(review.get(), notice.language()).map(ReportDraft::fileName)
                .map(name -> folderOf(notice.state()).resolve(name)).filter(Files::isRegularFile);
    }

    /** The question list reminded of ({@link Notice#occasion}: its file name), when it is still in the State's outbox. */
    private Optional<Path> questionList(Notice notice) {
        Path file = folderOf(notice.state()).resolve(notice.occasion()).normalize();
        return file.startsWith(folderOf(notice.state())) && Files.isRegularFile(file) ? Optional.of(file) : Optional.empty();
    }

    private Path folderOf(String iso3) {
        return outbox.resolve(iso3.toUpperCase(Locale.ROOT));
    }
}
