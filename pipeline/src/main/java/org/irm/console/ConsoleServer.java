package org.irm.console;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.staticfiles.Location;
import io.javalin.plugin.bundled.GlobalHeadersConfig;
import io.javalin.plugin.bundled.RateLimitPlugin;
import jakarta.servlet.http.HttpSession;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.eclipse.jetty.ee10.servlet.SessionHandler;
import org.eclipse.jetty.http.HttpCookie;
import org.irm.analysis.AnalysisDesk;
import org.irm.catalogue.Catalogue;
import org.irm.catalogue.CatalogueException;
import org.irm.catalogue.CatalogueLoader;
import org.irm.catalogue.Language;
import org.irm.catalogue.StateList;
import org.irm.config.ConfigurationException;
import org.irm.config.IrmConfig;
import org.irm.config.Setting;
import org.irm.followup.FollowUpLabels;
import org.irm.followup.Tracker;
import org.irm.register.LastEventReader;
import org.irm.register.Register;
import org.irm.stages.ReviewStages;

/**
 * {@code irm serve}: the console on Javalin (Jetty 12). This class only wires: the session cookie
 * (HttpOnly, SameSite=Strict, Secure when configured), the security headers, the login throttle, the
 * checks every request passes (a session for every page but the login and the assets; a CSRF token
 * on every POST), and the routes, whose work is in {@link ConsolePages} and the services behind it.
 */
public final class ConsoleServer implements AutoCloseable {

    /** Session attribute holding the logged-in user's login. */
    static final String LOGIN = "login";

    private final Javalin javalin;
    private final LastEventReader lastEvent;

    private ConsoleServer(Javalin javalin, LastEventReader lastEvent) {
        this.javalin = javalin;
        this.lastEvent = lastEvent;
    }

    /** Starts the console on the configured host and port, on this register. */
    public static ConsoleServer start(IrmConfig config, Register register, Clock clock) {
        ConsoleSettings settings = ConsoleSettings.from(config);
        Catalogue catalogue;
        StateList states;
        try {
            catalogue = CatalogueLoader.configured(config);
            states = StateList.load(config.templates());
        } catch (CatalogueException e) {
            throw new ConfigurationException("The console cannot read the catalogue or the States list: " + e.getMessage());
        }
        ConsoleUsers users = new ConsoleUsers(register, clock);
        AccessPolicy policy = new AccessPolicy(register.reviews(), settings.publicCalendar());
        // One change marker for the pages' data and the sessions' accounts: one read serves a request.
        LastEventReader lastEvent = register.lastEventReader();
        ChangeMarker marker = new ChangeMarker(lastEvent::read);
        SessionViewers viewers = new SessionViewers(users, marker, clock);
        StateBoard board = new StateBoard(register, marker, config.templates(), catalogue, states, ReviewStages.list(config),
                clock);
        DraftFiles drafts = new DraftFiles(register, config.path(Setting.WATCH_ROOT).resolve("outbox"));
        Pages rendered = new Pages(config.templates());
        ConsolePages pages = new ConsolePages(rendered, users, policy, board, drafts,
                new ReviewCalendar(register.reviews(), states), register, clock, new KeptPages());
        TrackerPages tracker = new TrackerPages(pages, rendered, policy, new Tracker(register.recommendations()),
                FollowUpLabels.load(config.templates()), states, clock);
        AnalysisPages analyses = new AnalysisPages(pages, rendered, policy,
                new AnalysisDesk(register, config.templates(), catalogue, states, clock));
        MapPages map = new MapPages(pages, rendered, policy, board, ReviewStages.list(config));
        TimelineJson timeline = new TimelineJson(policy, board, new ReviewCalendar(register.reviews(), states), rendered);
        SummaryPages summaries = new SummaryPages(pages, rendered, policy, board, drafts, register, states, clock);

        Javalin javalin = Javalin.create(javalinConfig -> {
            javalinConfig.startup.showJavalinBanner = false;
            javalinConfig.jetty.host = settings.host();
            javalinConfig.jetty.port = settings.port();
            javalinConfig.jetty.modifyServletContextHandler(handler -> handler.setSessionHandler(sessions(settings)));
            javalinConfig.staticFiles.enableWebjars();
            javalinConfig.staticFiles.add(files -> {
                files.hostedPath = "/assets";
                files.directory = "/templates/console/assets";
                files.location = Location.CLASSPATH;
            });
            // The map's shapes and TopoJSON reader, from npm packages packed at build time (pipeline/pom.xml).
            javalinConfig.staticFiles.add(files -> {
                files.hostedPath = "/vendor";
                files.directory = "/console-vendor";
                files.location = Location.CLASSPATH;
            });
            javalinConfig.bundledPlugins.enableGlobalHeaders(ConsoleServer::securityHeaders);
            javalinConfig.registerPlugin(new RateLimitPlugin(limits -> limits.setKeyFunction(ctx -> "login " + ctx.ip())));

            javalinConfig.routes.before(ctx -> {
                marker.beginRequest();
                guard(ctx, viewers);
            });
            javalinConfig.routes.get("/login", pages::loginPage);
            javalinConfig.routes.post("/login", ctx -> {
                ctx.with(RateLimitPlugin.class).requestPerTimeUnit(settings.loginsPerMinute(), TimeUnit.MINUTES);
                pages.logIn(ctx);
            });
            javalinConfig.routes.post("/logout", pages::logOut);
            javalinConfig.routes.post("/language", pages::chooseLanguage);
            javalinConfig.routes.get("/", pages::overview);
            javalinConfig.routes.get("/states/{iso3}", pages::statePage);
            javalinConfig.routes.get("/api/states", pages::overviewJson);
            javalinConfig.routes.get("/api/states/{iso3}", pages::stateJson);
            javalinConfig.routes.get("/documents/{id}", pages::download);
            javalinConfig.routes.get("/log", pages::auditLog);
            javalinConfig.routes.get("/calendar", pages::calendar);
            javalinConfig.routes.get("/calendar.ics", pages::calendarFeed);
            javalinConfig.routes.get("/public/calendar", pages::publicCalendar);
            javalinConfig.routes.get("/public/calendar.ics", pages::publicCalendarFeed);
            javalinConfig.routes.get("/tracker", tracker::across);
            javalinConfig.routes.get("/tracker/{iso3}", tracker::ofState);
            javalinConfig.routes.get("/api/tracker", tracker::acrossJson);
            javalinConfig.routes.get("/api/tracker/{iso3}", tracker::stateJson);
            javalinConfig.routes.get("/analysis", analyses::page);
            javalinConfig.routes.get("/api/analysis/{name}", analyses::json);
            javalinConfig.routes.get("/map", map::page);
            javalinConfig.routes.get("/api/map", map::json);
            javalinConfig.routes.get("/api/calendar", timeline::json);
            javalinConfig.routes.get("/summaries", summaries::list);
            javalinConfig.routes.post("/summaries/{id}/publish", summaries::publish);
            javalinConfig.routes.post("/summaries/{id}/withdraw", summaries::withdraw);
            javalinConfig.routes.get("/public/summaries", summaries::publicList);
            javalinConfig.routes.get("/public/summaries/{id}", summaries::publicDownload);
            javalinConfig.routes.error(404, pages::notFound);
        });
        // Every State's overview and page read before the port opens: the first visitors, often many at
        // once, find them kept instead of waiting together for 190 master checklists (seconds).
        board.overview(board.latestReviews().keySet(), Language.EN);
        javalin.start();
        return new ConsoleServer(javalin, lastEvent);
    }

    /** The port the console listens on (the one chosen when configured 0). */
    public int port() {
        return javalin.port();
    }

    @Override
    public void close() {
        try {
            javalin.stop();
        } finally {
            lastEvent.close();
        }
    }

    /** Server-side sessions; the cookie carries only the id: HttpOnly, SameSite=Strict, Secure when configured. */
    private static SessionHandler sessions(ConsoleSettings settings) {
        SessionHandler sessions = new SessionHandler();
        sessions.setSessionCookie("IRM_SESSION");
        sessions.setHttpOnly(true);
        sessions.setSameSite(HttpCookie.SameSite.STRICT);
        sessions.setSecureCookies(settings.secureCookies());
        sessions.setMaxInactiveInterval(settings.sessionMinutes() * 60);
        return sessions;
    }

    private static void securityHeaders(GlobalHeadersConfig headers) {
        // Scripts and styles only from the console itself (ECharts from its WebJar): no inline script runs.
        headers.contentSecurityPolicy("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
                + "object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'");
        headers.xFrameOptions(GlobalHeadersConfig.XFrameOptions.DENY);
        headers.xContentTypeOptionsNoSniff();
        headers.referrerPolicy(GlobalHeadersConfig.ReferrerPolicy.NO_REFERRER);
    }

    /**
     * What every request passes before its route: the assets and the login page are open; every other
     * path needs a session of a user who may still log in; every POST needs the session's CSRF token.
     */
    private static void guard(Context ctx, SessionViewers viewers) {
        String path = ctx.path();
        // What the mechanism publishes is under /public/; the policy decides there what is shown.
        boolean open = path.equals("/login") || path.startsWith("/assets/") || path.startsWith("/webjars/")
                || path.startsWith("/vendor/") || path.startsWith("/public/");
        if ("POST".equals(ctx.req().getMethod())) {
            HttpSession session = ctx.req().getSession(false);
            String expected = session == null ? null : (String) session.getAttribute(CsrfTokens.FIELD);
            if (!CsrfTokens.matches(expected, ctx.formParam(CsrfTokens.FIELD))) {
                ctx.status(HttpStatus.FORBIDDEN).contentType("text/plain; charset=utf-8")
                        .result("This form has expired or did not come from the console: reload the page and send it again.");
                ctx.skipRemainingHandlers();
                return;
            }
        }
        if (open) {
            return;
        }
        Optional<Viewer> viewer = viewers.of(ctx.req().getSession(false));
        if (viewer.isEmpty()) {
            if (path.startsWith("/api/") || path.startsWith("/documents/")) {
                ctx.status(HttpStatus.UNAUTHORIZED).contentType("text/plain; charset=utf-8").result("Log in first.");
            } else {
                ctx.redirect("/login");
            }
            ctx.skipRemainingHandlers();
            return;
        }
        ctx.attribute(ConsolePages.VIEWER, viewer.get());
        ctx.header("Cache-Control", "no-store");
    }

    /** The languages a page can be asked in. */
    static Optional<Language> language(String code) {
        if (code == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(Language.of(code));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
