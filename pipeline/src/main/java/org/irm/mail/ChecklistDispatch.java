package org.irm.mail;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.irm.catalogue.DocumentDates;
import org.irm.catalogue.Labels;
import org.irm.identity.ChecklistIdentity;
import org.irm.register.Event;
import org.irm.register.FocalPoint;
import org.irm.register.FocalPoints;
import org.irm.register.Register;

/**
 * E-mails an issued checklist to the State's registered focal points, with how to answer and the
 * deadline, in the checklist's language, and records the sending in the register's event log
 * ({@code checklist.sent}, subject the checklist id, detail the addresses).
 */
public final class ChecklistDispatch {

    private final Register register;
    private final FocalPoints focalPoints;
    private final MailTexts texts;
    private final Labels labels;
    private final SmtpSender smtp;
    private final Clock clock;

    public ChecklistDispatch(Register register, MailTexts texts, Labels labels, SmtpSender smtp, Clock clock) {
        this.register = register;
        this.focalPoints = new FocalPoints(register);
        this.texts = texts;
        this.labels = labels;
        this.smtp = smtp;
        this.clock = clock;
    }

    /**
     * The addresses a State's checklist goes to.
     *
     * @throws IllegalArgumentException when the State has no registered focal point (nothing could be sent)
     */
    public List<String> recipients(String iso3) {
        List<String> addresses = focalPoints.list(iso3).stream().map(FocalPoint::email).distinct().toList();
        if (addresses.isEmpty()) {
            throw new IllegalArgumentException("No focal point is registered for " + iso3
                    + ": register the State's focal point first, then send the checklist.");
        }
        return addresses;
    }

    /** The message for one checklist, without sending it. */
    public OutgoingMessage compose(ChecklistIdentity identity, String stateName, LocalDate deadline, Path file,
                                   List<String> to) {
        Map<String, Object> model = new HashMap<>();
        model.put("stateName", stateName);
        model.put("cycle", Integer.toString(identity.cycle()));
        model.put("reviewId", identity.reviewId());
        model.put("mechanism", labels.text(identity.language(), "checklist.subtitle"));
        model.put("deadline", DocumentDates.format(deadline, identity.language()));
        model.put("fileName", file.getFileName().toString());
        model.put("agency", identity.agency() == null ? "" : identity.agency());
        MailTexts.Text text = texts.render("checklist", identity.language(), model);
        return new OutgoingMessage(to, text.subject(), text.body(), List.of(file), null, identity.language().code());
    }

    /** Sends the checklist to the State's focal points and logs it; returns the addresses. */
    public List<String> send(ChecklistIdentity identity, String stateName, LocalDate deadline, Path file) {
        List<String> to = recipients(identity.state());
        smtp.send(compose(identity, stateName, deadline, file, to).toMime(smtp.session(), smtp.from()));
        register.appendEvent(Event.of(clock.instant(), Event.PIPELINE, "checklist.sent",
                identity.checklistId().toString(), null, String.join(", ", to) + ": " + file.getFileName()));
        return to;
    }
}
