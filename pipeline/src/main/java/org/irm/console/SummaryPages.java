package org.irm.console;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.irm.catalogue.Language;
import org.irm.catalogue.StateList;
import org.irm.register.Event;
import org.irm.register.PublishedSummaries;
import org.irm.register.PublishedSummary;
import org.irm.register.Register;
import org.irm.register.ReportDraft;
import org.irm.register.ReviewRecord;

/**
 * Executive summaries: the logged-in list of the summary drafts a user may see and whether each is
 * published, where the secretariat publishes and withdraws them (CSRF-checked forms), and the public
 * pages without login that list and send the published ones ({@link AccessPolicy#summaryIsPublic}).
 * A draft is found by its id only ({@link DraftFiles}); an unpublished or unknown one is answered 404
 * on the public pages, alike. Every download is in the audit log, a public one as {@code public}.
 */
final class SummaryPages {

    private static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    private static final String SUMMARY = "summary";

    private final ConsolePages frame;
    private final Pages pages;
    private final AccessPolicy policy;
    private final StateBoard board;
    private final DraftFiles drafts;
    private final PublishedSummaries published;
    private final Register register;
    private final StateList states;
    private final Clock clock;

    SummaryPages(ConsolePages frame, Pages pages, AccessPolicy policy, StateBoard board, DraftFiles drafts,
                 Register register, StateList states, Clock clock) {
        this.frame = frame;
        this.pages = pages;
        this.policy = policy;
        this.board = board;
        this.drafts = drafts;
        this.published = new PublishedSummaries(register);
        this.register = register;
        this.states = states;
        this.clock = clock;
    }

    /** A summary draft on the list: its State, the draft, and when it was published (null when it is not). */
    public record SummaryLine(String state, String name, ReportDraft draft, Instant publishedAt, String publishedBy) {
        public boolean isPublished() {
            return publishedAt != null;
        }
    }

    // --- logged in ---

    void list(Context ctx) {
        Viewer viewer = ConsolePages.viewer(ctx);
        Map<String, ReviewRecord> reviews = board.latestReviews();
        List<SummaryLine> lines = new ArrayList<>();
        for (String iso3 : policy.visible(viewer, reviews.keySet())) {
            for (ReportDraft draft : register.reportRecords().drafts(reviews.get(iso3).id())) {
                if (SUMMARY.equals(draft.kind())) {
                    Optional<PublishedSummary> publication = published.find(draft.sha256());
                    lines.add(new SummaryLine(iso3, states.name(iso3, viewer.language()), draft,
                            publication.map(PublishedSummary::publishedAt).orElse(null),
                            publication.map(PublishedSummary::publishedBy).orElse(null)));
                }
            }
        }
        Map<String, Object> model = frame.page(ctx, viewer);
        model.put("lines", lines);
        model.put("mayPublish", policy.mayPublishSummaries(viewer));
        ConsolePages.html(ctx, pages.render("summaries.ftlh", viewer.language(), model));
    }

    void publish(Context ctx) {
        change(ctx, true);
    }

    void withdraw(Context ctx) {
        change(ctx, false);
    }

    private void change(Context ctx, boolean publish) {
        Viewer viewer = ConsolePages.viewer(ctx);
        Optional<DraftFiles.DraftFile> draft = drafts.find(ctx.pathParam("id"));
        if (!policy.mayPublishSummaries(viewer) || draft.isEmpty() || !SUMMARY.equals(draft.get().draft().kind())) {
            frame.notFound(ctx);
            return;
        }
        if (publish) {
            published.publish(draft.get().draft(), draft.get().state(), viewer.login(), clock.instant());
        } else {
            published.withdraw(draft.get().draft().sha256(), viewer.login(), clock.instant());
        }
        ctx.redirect("/summaries");
    }

    // --- public, without login ---

    void publicList(Context ctx) {
        Language language = ConsoleServer.language(ctx.queryParam("lang")).orElse(Language.EN);
        List<SummaryLine> lines = new ArrayList<>();
        for (PublishedSummary summary : published.all()) {
            Optional<DraftFiles.DraftFile> draft = drafts.find(summary.sha256());
            if (policy.summaryIsPublic(Optional.of(summary)) && draft.isPresent()) {
                lines.add(new SummaryLine(summary.state(), states.name(summary.state(), language), draft.get().draft(),
                        summary.publishedAt(), summary.publishedBy()));
            }
        }
        Map<String, Object> model = new HashMap<>();
        model.put("lines", lines);
        model.put("languages", ConsolePages.languages());
        ConsolePages.html(ctx, pages.render("public-summaries.ftlh", language, model));
    }

    void publicDownload(Context ctx) {
        String id = ctx.pathParam("id");
        Optional<DraftFiles.DraftFile> draft = drafts.find(id);
        if (draft.isEmpty() || !SUMMARY.equals(draft.get().draft().kind())
                || !policy.summaryIsPublic(published.find(draft.get().draft().sha256()))) {
            frame.notFound(ctx);
            return;
        }
        ReportDraft summary = draft.get().draft();
        register.appendEvent(Event.of(clock.instant(), "public", "console.download", summary.reviewId(), summary.sha256(),
                summary.fileName()));
        String name = summary.fileName().replaceAll("[^A-Za-z0-9._-]", "_");
        ctx.contentType(DOCX);
        ctx.header("Content-Disposition", "attachment; filename=\"" + name + "\"");
        try {
            ctx.result(Files.newInputStream(draft.get().file()));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the summary " + name + ": " + e.getMessage(), e);
        }
    }
}
