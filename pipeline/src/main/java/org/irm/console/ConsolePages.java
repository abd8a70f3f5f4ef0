package org.irm.console;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.irm.catalogue.Language;
import org.irm.register.Event;
import org.irm.register.LoggedEvent;
import org.irm.register.Register;
import org.irm.register.ReportDraft;
import org.irm.register.ReviewRecord;
import org.irm.register.ReturnedVersion;
import org.irm.tracking.ProvisionProgress;

/**
 * The console's routes: each asks {@link AccessPolicy} what the viewer may see, reads through the
 * services ({@link StateBoard}, {@link DraftFiles}, the register's log), and renders a page or JSON.
 * A State the viewer may not see is answered 404, as if it did not exist.
 */
final class ConsolePages {

    /** Request attribute: the {@link Viewer} the guard let through. */
    static final String VIEWER = "viewer";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern ISO3 = Pattern.compile("[A-Z]{3}");
    private static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    private final Pages pages;
    private final ConsoleUsers users;
    private final AccessPolicy policy;
    private final StateBoard board;
    private final DraftFiles drafts;
    private final ReviewCalendar calendar;
    private final Register register;
    private final Clock clock;
    private final KeptPages kept;

    ConsolePages(Pages pages, ConsoleUsers users, AccessPolicy policy, StateBoard board, DraftFiles drafts,
                 ReviewCalendar calendar, Register register, Clock clock, KeptPages kept) {
        this.kept = kept;
        this.pages = pages;
        this.users = users;
        this.policy = policy;
        this.board = board;
        this.drafts = drafts;
        this.calendar = calendar;
        this.register = register;
        this.clock = clock;
    }

    // --- logging in and out ---

    void loginPage(Context ctx) {
        Language language = ConsoleServer.language(ctx.queryParam("lang")).orElse(Language.EN);
        showLogin(ctx, language, null);
    }

    void logIn(Context ctx) {
        Language language = ConsoleServer.language(ctx.formParam("lang")).orElse(Language.EN);
        String password = ctx.formParam("password");
        Optional<Viewer> viewer = users.logIn(ctx.formParam("login"),
                password == null ? new char[0] : password.toCharArray(), ctx.ip());
        if (viewer.isEmpty()) {
            ctx.status(HttpStatus.UNAUTHORIZED);
            showLogin(ctx, language, "login.refused");
            return;
        }
        // A new session id at login: an id planted before it (session fixation) is worth nothing after.
        ctx.req().changeSessionId();
        HttpSession session = ctx.req().getSession();
        session.setAttribute(ConsoleServer.LOGIN, viewer.get().login());
        session.setAttribute(CsrfTokens.FIELD, CsrfTokens.newToken());
        ctx.redirect("/");
    }

    void logOut(Context ctx) {
        HttpSession session = ctx.req().getSession(false);
        if (session != null) {
            session.invalidate();
        }
        ctx.redirect("/login");
    }

    private void showLogin(Context ctx, Language language, String message) {
        Map<String, Object> model = new HashMap<>();
        model.put("csrf", csrf(ctx));
        model.put("message", message == null ? "" : pages.labels(language).get(message));
        model.put("languages", languages());
        html(ctx, pages.render("login.ftlh", language, model));
    }

    void chooseLanguage(Context ctx) {
        Viewer viewer = viewer(ctx);
        ConsoleServer.language(ctx.formParam("lang")).ifPresent(language -> users.chooseLanguage(viewer.login(), language));
        SessionViewers.forget(ctx.req().getSession(false));
        ctx.redirect("/");
    }

    // --- pages ---

    void overview(Context ctx) {
        Viewer viewer = viewer(ctx);
        Map<String, ReviewRecord> reviews = board.latestReviews();
        List<String> shown = List.copyOf(policy.visible(viewer, reviews.keySet()));
        servedKept(ctx, viewer, KeptPages.Key.of("overview.ftlh", viewer, shown, 0), this::renderOverview);
    }

    void statePage(Context ctx) {
        Viewer viewer = viewer(ctx);
        Optional<String> iso3 = visibleIso3(viewer, ctx.pathParam("iso3"));
        if (iso3.isEmpty()) {
            notFound(ctx);
            return;
        }
        KeptPages.Key key = KeptPages.Key.of("state.ftlh", viewer, List.of(iso3.get()),
                AnswerPages.asked(ctx.queryParam("page")));
        if (!servedKept(ctx, viewer, key, this::renderState)) {
            notFound(ctx);
        }
    }

    /**
     * Sends the page of this key as kept, or renders and keeps it; false when there is no such page (a
     * State without a review). The stamp is taken before the page's data is read, so a page is never
     * kept under a stamp newer than its data.
     */
    private boolean servedKept(Context ctx, Viewer viewer, KeptPages.Key key,
                               Function<KeptPages.Key, Optional<String>> render) {
        long stamp = board.stamp(key.shown());
        String csrf = csrf(ctx);
        byte[] page = kept.find(key, stamp, viewer.login(), csrf);
        if (page == null) {
            Optional<String> rendered = render.apply(key);
            if (rendered.isEmpty()) {
                return false;
            }
            page = kept.keep(key, stamp, rendered.get(), viewer.login(), csrf);
        }
        ctx.contentType("text/html; charset=utf-8").result(page);
        return true;
    }

    /** The overview of the key's States; from the key alone (see {@link KeptPages}). */
    private Optional<String> renderOverview(KeptPages.Key key) {
        Map<String, Object> model = keptFrame(key);
        model.put("rows", board.overview(key.shown(), key.language()));
        return Optional.of(pages.render(key.page(), key.language(), model));
    }

    /** The page of the key's one State; from the key alone (see {@link KeptPages}). */
    private Optional<String> renderState(KeptPages.Key key) {
        Optional<StatePage> state = board.state(key.shown().get(0), key.language());
        if (state.isEmpty()) {
            return Optional.empty();
        }
        Map<String, Object> model = keptFrame(key);
        model.put("page", state.get());
        // The answers a few provisions at a time; every provision links to the page holding its answers.
        AnswerPages answers = AnswerPages.of(state.get().fields());
        int number = answers.pageNumber(Integer.toString(key.answersPage()));
        model.put("fields", answers.page(number));
        model.put("fieldCount", state.get().fields().size());
        model.put("answersPage", number);
        model.put("answersPages", answers.count());
        model.put("pageOfProvision", answers.pageOfProvision());
        // The written dialogue (issue 18), read with the page: shown to the parties of the review alone, decided
        // for the key's role and State (an expert's dialogue is that of the reviews its State is drawn for).
        ReviewRecord review = state.get().review();
        boolean dialogue = policy.maySeeDialogue(marked(key), review);
        model.put("dialogueShown", dialogue);
        model.put("dialogue", dialogue ? DialogueThreads.of(state.get().dialogue()) : List.of());
        if (dialogue) {
            DialogueCounts counts = state.get().row().dialogue();
            model.put("dialogueCounts", counts);
            Long waited = counts.oldestUnansweredDays(today());
            model.put("oldestUnansweredDays", waited == null ? "" : waited.toString());
            if (waited != null) {
                model.put("oldestUnansweredOn", LocalDate.ofInstant(counts.oldestUnanswered(), ZoneOffset.UTC));
            }
        }
        return Optional.of(pages.render(key.page(), key.language(), model));
    }

    /** The viewer a kept page is rendered for: the key's role, State and language, a mark for its login. */
    private Viewer marked(KeptPages.Key key) {
        return new Viewer(kept.loginMark(), key.role(), key.viewerState(), key.language());
    }

    /** The frame of a kept page: a viewer of the key's role and State, with marks for its login and token. */
    private Map<String, Object> keptFrame(KeptPages.Key key) {
        Viewer marked = marked(key);
        Map<String, Object> model = new HashMap<>();
        model.put("viewer", marked);
        model.put("csrf", kept.csrfMark());
        model.put("languages", languages());
        model.put("mayAudit", policy.maySeeAuditLog(marked));
        model.put("mayAnalyse", policy.maySeeAnalyses(marked));
        return model;
    }

    void auditLog(Context ctx) {
        Viewer viewer = viewer(ctx);
        if (!policy.maySeeAuditLog(viewer)) {
            notFound(ctx);
            return;
        }
        String state = ctx.queryParam("state");
        String iso3 = state == null || !state.matches("[A-Za-z]{3}") ? null : state.toUpperCase(Locale.ROOT);
        List<LoggedEvent> events = new ArrayList<>(register.log(iso3, null));
        java.util.Collections.reverse(events);
        Map<String, Object> model = page(ctx, viewer);
        model.put("events", events.subList(0, Math.min(events.size(), 500)));
        model.put("state", iso3 == null ? "" : iso3);
        html(ctx, pages.render("log.ftlh", viewer.language(), model));
    }

    void notFound(Context ctx) {
        Viewer viewer = ctx.attribute(VIEWER);
        Language language = viewer == null ? Language.EN : viewer.language();
        Map<String, Object> model = viewer == null ? new HashMap<>() : page(ctx, viewer);
        ctx.status(HttpStatus.NOT_FOUND);
        html(ctx, pages.render("not-found.ftlh", language, model));
    }

    // --- the calendar ---

    void calendar(Context ctx) {
        Viewer viewer = viewer(ctx);
        Map<String, Object> model = page(ctx, viewer);
        model.put("entries", calendar.of(policy.visible(viewer, board.latestReviews().keySet())));
        model.put("today", today());
        html(ctx, pages.render("calendar.ftlh", viewer.language(), model));
    }

    void calendarFeed(Context ctx) {
        Viewer viewer = viewer(ctx);
        List<CalendarEntry> entries = calendar.of(policy.visible(viewer, board.latestReviews().keySet()));
        ical(ctx, CalendarFeed.of(entries, pages.labels(viewer.language())), "irm-reviews.ics");
    }

    void publicCalendar(Context ctx) {
        if (!policy.calendarIsPublic()) {
            notFound(ctx);
            return;
        }
        Language language = ConsoleServer.language(ctx.queryParam("lang")).orElse(Language.EN);
        Map<String, Object> model = new HashMap<>();
        model.put("entries", calendar.visits());
        model.put("languages", languages());
        html(ctx, pages.render("public-calendar.ftlh", language, model));
    }

    void publicCalendarFeed(Context ctx) {
        if (!policy.calendarIsPublic()) {
            notFound(ctx);
            return;
        }
        Language language = ConsoleServer.language(ctx.queryParam("lang")).orElse(Language.EN);
        ical(ctx, CalendarFeed.of(calendar.visits(), pages.labels(language)), "irm-country-visits.ics");
    }

    private static void ical(Context ctx, String feed, String name) {
        ctx.contentType("text/calendar; charset=utf-8");
        ctx.header("Content-Disposition", "inline; filename=\"" + name + "\"");
        ctx.result(feed);
    }

    // --- downloads ---

    void download(Context ctx) {
        Viewer viewer = viewer(ctx);
        Optional<DraftFiles.DraftFile> found = drafts.find(ctx.pathParam("id"));
        if (found.isEmpty() || !policy.maySee(viewer, found.get().state())) {
            notFound(ctx);
            return;
        }
        ReportDraft draft = found.get().draft();
        register.appendEvent(Event.of(clock.instant(), viewer.login(), "console.download", draft.reviewId(), draft.sha256(),
                draft.fileName()));
        String name = draft.fileName().replaceAll("[^A-Za-z0-9._-]", "_");
        ctx.contentType(DOCX);
        ctx.header("Content-Disposition", "attachment; filename=\"" + name + "\"");
        try {
            ctx.result(Files.newInputStream(found.get().file()));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the draft " + name + ": " + e.getMessage(), e);
        }
    }

    // --- JSON ---

    void overviewJson(Context ctx) throws JsonProcessingException {
        Viewer viewer = viewer(ctx);
        Map<String, ReviewRecord> reviews = board.latestReviews();
        List<Map<String, Object>> states = new ArrayList<>();
        for (OverviewRow row : board.overview(policy.visible(viewer, reviews.keySet()), viewer.language())) {
            Map<String, Object> item = json(row);
            if (policy.maySeeDialogue(viewer, reviews.get(row.state()))) {
                item.put("dialogue", json(row.dialogue()));
            }
            states.add(item);
        }
        ctx.contentType("application/json").result(JSON.writeValueAsString(Map.of("states", states)));
    }

    void stateJson(Context ctx) throws JsonProcessingException {
        Viewer viewer = viewer(ctx);
        Optional<StatePage> state = visibleState(viewer, ctx.pathParam("iso3"));
        if (state.isEmpty()) {
            ctx.status(HttpStatus.NOT_FOUND).contentType("application/json").result("{\"error\": \"not found\"}");
            return;
        }
        StatePage page = state.get();
        Map<String, Object> json = json(page.row());
        // The written dialogue of each review of the State whose parties the viewer is among, the latest's first.
        List<Map<String, Object>> dialogues = new ArrayList<>();
        for (DialogueCounts counts : page.dialogues()) {
            Optional<ReviewRecord> review = counts.reviewId().equals(page.review().id()) ? Optional.of(page.review())
                    : register.reviews().find(counts.reviewId());
            if (review.isPresent() && policy.maySeeDialogue(viewer, review.get())) {
                dialogues.add(json(counts));
            }
        }
        if (!dialogues.isEmpty() && dialogues.get(0).get("reviewId").equals(page.review().id())) {
            json.put("dialogue", dialogues.get(0));
        }
        json.put("dialogues", dialogues);
        List<Map<String, Object>> provisions = new ArrayList<>();
        for (ProvisionProgress p : page.provisions()) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("provision", p.provision());
            item.put("status", p.status());
            item.put("answered", p.answered());
            item.put("questions", p.questions());
            item.put("findings", p.findings());
            provisions.add(item);
        }
        json.put("provisions", provisions);
        List<Map<String, Object>> versions = new ArrayList<>();
        for (ReturnedVersion v : page.versions()) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("part", v.part());
            item.put("version", v.version());
            item.put("receivedAt", v.receivedAt().toString());
            item.put("file", v.originalName());
            item.put("findings", v.findings().size());
            versions.add(item);
        }
        json.put("versions", versions);
        List<Map<String, Object>> drafts = new ArrayList<>();
        for (ReportDraft d : page.drafts()) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("id", d.sha256());
            item.put("kind", d.kind());
            item.put("language", d.language().code());
            item.put("file", d.fileName());
            item.put("generatedAt", d.generatedAt().toString());
            drafts.add(item);
        }
        json.put("drafts", drafts);
        ctx.contentType("application/json").result(JSON.writeValueAsString(json));
    }

    private static Map<String, Object> json(OverviewRow row) {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("state", row.state());
        item.put("name", row.name());
        item.put("reviewId", row.reviewId());
        item.put("stage", row.stage());
        item.put("provisions", row.provisions());
        item.put("answered", row.answered());
        item.put("findings", row.findings());
        item.put("missing", row.missing());
        item.put("completion", row.completion());
        item.put("overdue", row.overdue());
        item.put("lastReturn", row.lastReturn() == null ? null : row.lastReturn().toString());
        return item;
    }

    private Map<String, Object> json(DialogueCounts counts) {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("reviewId", counts.reviewId());
        item.put("questions", counts.questions());
        item.put("lists", counts.lists());
        item.put("answered", counts.answered());
        item.put("unanswered", counts.unanswered());
        item.put("notSent", counts.notSent());
        item.put("oldestUnansweredAskedAt", counts.oldestUnanswered() == null ? null : counts.oldestUnanswered().toString());
        item.put("oldestUnansweredDays", counts.oldestUnansweredDays(today()));
        return item;
    }

    /** Today in UTC, as the board counts days (what is overdue, how long a question has waited). */
    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    // --- shared ---

    /** The State's page when the viewer may see it; empty alike for a State not visible and one unknown. */
    private Optional<StatePage> visibleState(Viewer viewer, String iso3Text) {
        return visibleIso3(viewer, iso3Text).flatMap(iso3 -> board.state(iso3, viewer.language()));
    }

    /** The State asked for, when it is one the viewer may see. */
    private Optional<String> visibleIso3(Viewer viewer, String iso3Text) {
        String iso3 = iso3Text == null ? "" : iso3Text.toUpperCase(Locale.ROOT);
        return ISO3.matcher(iso3).matches() && policy.maySee(viewer, iso3) ? Optional.of(iso3) : Optional.empty();
    }

    Map<String, Object> page(Context ctx, Viewer viewer) {
        Map<String, Object> model = new HashMap<>();
        model.put("viewer", viewer);
        model.put("csrf", csrf(ctx));
        model.put("languages", languages());
        model.put("mayAudit", policy.maySeeAuditLog(viewer));
        model.put("mayAnalyse", policy.maySeeAnalyses(viewer));
        return model;
    }

    static List<String> languages() {
        return java.util.Arrays.stream(Language.values()).map(Language::code).toList();
    }

    /** The session's CSRF token, made with the session when there is none yet (the login form's). */
    private static String csrf(Context ctx) {
        HttpSession session = ctx.req().getSession(true);
        String token = (String) session.getAttribute(CsrfTokens.FIELD);
        if (token == null) {
            token = CsrfTokens.newToken();
            session.setAttribute(CsrfTokens.FIELD, token);
        }
        return token;
    }

    static Viewer viewer(Context ctx) {
        Viewer viewer = ctx.attribute(VIEWER);
        if (viewer == null) {
            throw new IllegalStateException("No viewer: the guard lets no request without a session reach a page");
        }
        return viewer;
    }

    static void html(Context ctx, String page) {
        ctx.contentType("text/html; charset=utf-8").result(page);
    }
}
