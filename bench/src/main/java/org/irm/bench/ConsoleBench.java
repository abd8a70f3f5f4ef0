package org.irm.bench;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.irm.catalogue.Catalogue;
import org.irm.catalogue.CatalogueLoader;
import org.irm.catalogue.Language;
import org.irm.catalogue.Provision;
import org.irm.catalogue.Question;
import org.irm.catalogue.State;
import org.irm.catalogue.StateList;
import org.irm.config.IrmConfig;
import org.irm.config.Sha256;
import org.irm.console.ConsoleServer;
import org.irm.console.ConsoleUsers;
import org.irm.console.Role;
import org.irm.identity.ChecklistIdentity;
import org.irm.register.Answer;
import org.irm.register.Deadline;
import org.irm.register.FoundBy;
import org.irm.register.IntakeFacts;
import org.irm.register.IntakeRegister;
import org.irm.register.NewReview;
import org.irm.register.NewSubmission;
import org.irm.register.Outcome;
import org.irm.register.Register;
import org.irm.register.RegisteredStates;
import org.irm.register.ReviewStage;
import org.irm.register.ReviewerAssignment;
import org.irm.register.SubmissionSource;

/**
 * The console benchmark (issue 16): a register holding N States under review, each with its whole
 * checklist returned once (every question of the catalogue answered), a console on 127.0.0.1, and S
 * concurrent sessions (a tenth of them the secretariat's, the rest focal points of distinct States)
 * each asking R times for the overview and its State's page over HTTP (java.net.http, one client per
 * session). Prints one line per page and role with the count, p50, p95 and max in milliseconds, the
 * CPU this JVM spent over the timed part per request (a busy machine stretches the wall-clock times by
 * how little of the cores it leaves; the CPU per request it stretches far less), the p95 after the first
 * round, and a line {@code p95 overview <ms> state <ms>} over all sessions. The console's start (which
 * reads every State once) and the logins are not timed. Not a test: no threshold is asserted.
 *
 * <p>Usage: {@code ConsoleBench HOME STATES SESSIONS ROUNDS}; HOME a fresh folder (embedded H2 inside).
 * The server and the clients share this JVM and the machine's cores, so the figures include the
 * clients' own work.
 */
public final class ConsoleBench {

    private static final String PASSWORD = "benchmark password of the console";
    private static final Pattern CSRF = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"");

    private static double cpuSeconds;
    private static double wallSeconds;

    private ConsoleBench() {
    }

    public static void main(String[] args) throws Exception {
        Path home = Path.of(args[0]);
        int stateCount = Integer.parseInt(args[1]);
        int sessions = Integer.parseInt(args[2]);
        int rounds = Integer.parseInt(args[3]);
        IrmConfig config = IrmConfig.of(Map.of("irm.home", home.toString(), "irm.console.port", "0",
                "irm.console.login.perMinute", "100000", "irm.secret.key", "console-benchmark-key-0123456789"));
        Register register = Register.open(config);
        StateList states = StateList.load(config.templates());
        new RegisteredStates(register).importStates(states.all());
        Catalogue catalogue = CatalogueLoader.configured(config);
        List<State> parties = states.parties().subList(0, Math.min(stateCount, states.parties().size()));
        long prepared = System.nanoTime();
        for (int i = 0; i < parties.size(); i++) {
            registerReturnedChecklist(register, catalogue, parties, i);
        }
        ConsoleUsers users = new ConsoleUsers(register, Clock.systemUTC());
        int secretariatSessions = Math.max(1, sessions / 10);
        users.add("secretariat", Role.SECRETARIAT, null, PASSWORD.toCharArray(), Language.EN, "bench");
        for (int i = 0; i < sessions - secretariatSessions; i++) {
            users.add("fp-" + parties.get(i % parties.size()).iso3() + "-" + i, Role.FOCAL_POINT,
                    parties.get(i % parties.size()).iso3(), PASSWORD.toCharArray(), Language.EN, "bench");
        }
        System.out.printf("prepared %d States, %d users in %.1f s%n", parties.size(), sessions - secretariatSessions + 1,
                (System.nanoTime() - prepared) / 1e9);

        Map<String, List<Double>> timings = new ConcurrentHashMap<>();
        long starting = System.nanoTime();
        try (ConsoleServer server = ConsoleServer.start(config, register, Clock.systemUTC())) {
            System.out.printf("console started in %.1f s (not timed)%n", (System.nanoTime() - starting) / 1e9);
            String base = "http://127.0.0.1:" + server.port();
            ExecutorService pool = Executors.newFixedThreadPool(sessions);
            CountDownLatch allLoggedIn = new CountDownLatch(sessions);
            List<Future<?>> done = new ArrayList<>();
            for (int s = 0; s < sessions; s++) {
                boolean secretariat = s < secretariatSessions;
                String login = secretariat ? "secretariat" : "fp-" + parties.get((s - secretariatSessions) % parties.size()).iso3()
                        + "-" + (s - secretariatSessions);
                String state = secretariat ? parties.get(s % parties.size()).iso3()
                        : parties.get((s - secretariatSessions) % parties.size()).iso3();
                String role = secretariat ? "secretariat" : "focal-point";
                done.add(pool.submit(() -> {
                    session(base, login, state, role, rounds, allLoggedIn, timings);
                    return null;
                }));
            }
            // The timed part starts when every session is logged in (Argon2id checks are not timed).
            allLoggedIn.await();
            double cpuStart = processCpuNanos();
            long wallStart = System.nanoTime();
            for (Future<?> f : done) {
                f.get();
            }
            cpuSeconds = (processCpuNanos() - cpuStart) / 1e9;
            wallSeconds = (System.nanoTime() - wallStart) / 1e9;
            pool.shutdown();
        } finally {
            register.close();
        }
        List<Double> overview = new ArrayList<>();
        List<Double> statePages = new ArrayList<>();
        new java.util.TreeMap<>(timings).forEach((key, values) -> {
            if (key.startsWith("warm ")) {
                return;
            }
            List<Double> sorted = new ArrayList<>(values);
            Collections.sort(sorted);
            System.out.printf("%-26s n=%-5d p50=%7.1f  p95=%7.1f  max=%7.1f ms%n", key, sorted.size(), percentile(sorted, 50),
                    percentile(sorted, 95), sorted.get(sorted.size() - 1));
            (key.startsWith("overview") ? overview : statePages).addAll(values);
        });
        Collections.sort(overview);
        Collections.sort(statePages);
        List<Double> warm = new ArrayList<>();
        new java.util.TreeMap<>(timings).forEach((key, values) -> {
            if (key.startsWith("warm ")) {
                warm.addAll(values);
            }
        });
        int requests = overview.size() + statePages.size();
        // CPU of this JVM (server and clients) over the timed part: the cost of a page on a busy machine,
        // where the wall-clock figures mostly say how little of the cores the benchmark got.
        System.out.printf("timed part: %d requests in %.1f s wall, %.1f s CPU of this JVM: %.2f ms CPU per request "
                + "(%d sessions x that / %d cores = %.0f ms a page would wait on idle cores)%n", requests, wallSeconds, cpuSeconds,
                1000 * cpuSeconds / requests, sessions, Runtime.getRuntime().availableProcessors(),
                sessions * 1000 * cpuSeconds / requests / Runtime.getRuntime().availableProcessors());
        if (rounds > 1) {
            Collections.sort(warm);
            System.out.printf("after the first round: p95 %.1f ms over %d requests (both pages)%n", percentile(warm, 95), warm.size());
        }
        System.out.printf("p95 overview %.1f state %.1f%n", percentile(overview, 95), percentile(statePages, 95));
        System.out.flush();
        // Javalin's login rate limiter keeps a scheduler thread of its own after the server stops.
        System.exit(0);
    }

    /** One user's session: log in, wait for every session to be in, then overview and State page R times. */
    private static void session(String base, String login, String state, String role, int rounds, CountDownLatch allLoggedIn,
                                Map<String, List<Double>> timings) throws Exception {
        HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        try {
            String loginPage = http.send(HttpRequest.newBuilder(URI.create(base + "/login")).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            Matcher token = CSRF.matcher(loginPage);
            if (!token.find()) {
                throw new IllegalStateException("No CSRF token on the login page");
            }
            String form = "csrf=" + token.group(1) + "&login=" + URLEncoder.encode(login, StandardCharsets.UTF_8)
                    + "&password=" + URLEncoder.encode(PASSWORD, StandardCharsets.UTF_8);
            int status = http.send(HttpRequest.newBuilder(URI.create(base + "/login"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
            if (status != 302) {
                throw new IllegalStateException(login + " could not log in: HTTP " + status);
            }
        } finally {
            // A session that could not log in must not hold the others at the start line forever.
            allLoggedIn.countDown();
        }
        allLoggedIn.await();
        for (int r = 0; r < rounds; r++) {
            double overview = time(http, base + "/", "overview " + role, timings);
            double statePage = time(http, base + "/states/" + state, "state " + role, timings);
            if (r > 0) {
                timings.computeIfAbsent("warm ", k -> new CopyOnWriteArrayList<>()).addAll(List.of(overview, statePage));
            }
        }
    }

    private static double processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private static double time(HttpClient http, String url, String key, Map<String, List<Double>> timings) throws Exception {
        long start = System.nanoTime();
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url)).build(),
                HttpResponse.BodyHandlers.ofString());
        double ms = (System.nanoTime() - start) / 1e6;
        if (response.statusCode() != 200) {
            throw new IllegalStateException(url + " answered HTTP " + response.statusCode());
        }
        timings.computeIfAbsent(key, k -> new CopyOnWriteArrayList<>()).add(ms);
        return ms;
    }

    private static double percentile(List<Double> sorted, int percent) {
        if (sorted.isEmpty()) {
            return Double.NaN;
        }
        int index = (int) Math.ceil(percent / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(index, sorted.size() - 1)));
    }

    /** State i under review by the next two parties, its whole checklist returned once, every question answered. */
    private static void registerReturnedChecklist(Register register, Catalogue catalogue, List<State> parties, int i) {
        String iso3 = parties.get(i).iso3();
        String review = "uncac-2-" + iso3;
        register.reviews().create(NewReview.of(iso3, "uncac", 2, Language.EN, ReviewStage.SELF_ASSESSMENT,
                List.of(ReviewerAssignment.of(parties.get((i + 1) % parties.size()).iso3(), "same-group", "uncac"),
                        ReviewerAssignment.of(parties.get((i + 2) % parties.size()).iso3(), "global", "uncac")),
                List.of(new Deadline("selfAssessment", LocalDate.of(2027, 3, 31)),
                        new Deadline("deskReview", LocalDate.of(2027, 6, 30)),
                        new Deadline("countryDialogue", LocalDate.of(2027, 9, 1).plusDays(i))),
                null, Instant.parse("2027-01-10T09:00:00Z")));
        UUID checklist = UUID.randomUUID();
        register.recordChecklistIssued(new ChecklistIdentity(checklist, review, iso3, "uncac", 2, Language.EN, "bench", null,
                Instant.parse("2027-01-15T09:00:00Z"), "seal"), checklist + ".docx");
        List<Answer> answers = new ArrayList<>();
        for (Provision provision : (Iterable<Provision>) catalogue.provisions()::iterator) {
            for (Question question : provision.questions()) {
                if (!question.readOnly()) {
                    answers.add(new Answer(provision.field(question.id()), "Answer of " + iso3 + " to " + provision.id() + "/"
                            + question.id() + ": the law and its practice, with examples.", FoundBy.TAG, false));
                }
            }
        }
        new IntakeRegister(register).record(new NewSubmission(Sha256.hex(review), checklist, SubmissionSource.FOLDER, null,
                        "checklist-" + iso3 + ".docx", Instant.parse("2027-03-20T10:00:00Z").plusSeconds(i), Outcome.ACCEPTED,
                        null, List.of()),
                answers, new IntakeFacts(iso3, review, "whole", Language.EN, null, null));
    }
}
