package org.irm.notice;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.irm.catalogue.DocumentDates;
import org.irm.catalogue.Language;
import org.irm.catalogue.StateList;
import org.irm.mail.MailTexts;
import org.irm.mail.OutgoingMessage;

/**
 * Words a reminder or notification in its recipient's language from the mail templates:
 * {@code mail/reminder_<lang>.ftl} for every reminder of a deadline (the template words each kind),
 * {@code mail/reminder-question-list_<lang>.ftl} for a question list's, and
 * {@code mail/notify-<kind>_<lang>.ftl} for each notification. The model: {@code kind},
 * {@code state}, {@code stateName}, {@code subject}, {@code subjectName}, {@code reviewId},
 * {@code deadline} (a date written in the language; a question list's: the day it was written),
 * {@code days} (how far from it), {@code when} ({@code before}, {@code on} or {@code after}),
 * {@code occasion} (the Group's session; a question list's file name), {@code name}
 * (the recipient's, or empty) and {@code fileName} (the attachment's, or empty).
 */
public final class NoticeTexts {

    private final MailTexts texts;
    private final StateList states;

    public NoticeTexts(MailTexts texts, StateList states) {
        this.texts = texts;
        this.states = states;
    }

    /** The message for a notice, with its attachments. */
    public OutgoingMessage compose(Notice notice, List<Path> attachments) {
        Map<String, Object> model = new HashMap<>();
        model.put("kind", notice.kind().code());
        model.put("state", notice.state());
        model.put("stateName", name(notice.state(), notice.language()));
        model.put("subject", notice.subject());
        model.put("subjectName", name(notice.subject(), notice.language()));
        model.put("reviewId", notice.reviewId());
        model.put("deadline", DocumentDates.format(notice.deadline(), notice.language()));
        model.put("days", Integer.toString(Math.abs(notice.offsetDays())));
        model.put("when", notice.offsetDays() < 0 ? "before" : notice.offsetDays() == 0 ? "on" : "after");
        model.put("occasion", notice.occasion());
        model.put("name", notice.recipient().name() == null ? "" : notice.recipient().name());
        model.put("fileName", attachments.isEmpty() ? "" : attachments.get(0).getFileName().toString());
        MailTexts.Text text = texts.render(notice.kind().template(), notice.language(), model);
        return new OutgoingMessage(List.of(notice.recipient().email()), text.subject(), text.body(), attachments, null,
                notice.language().code());
    }

    /** The State's name in the mail's language; a subject that is no State (the secretariat) as it is. */
    private String name(String iso3, Language language) {
        return states.find(iso3).map(state -> states.name(state.iso3(), language)).orElse(iso3);
    }
}
