package org.irm.bench;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
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
 * each asking R times for the overview and a State's page over HTTP: a focal point its own State's, the
 * secretariat a different State each round. The sessions are browsers in a JVM of their own
 * ({@link ConsoleClients}: real logins, one kept-alive connection each, every page checked), so that
 * this JVM's CPU over the timed part is the server's alone; both are printed per request. While they
 * run, the intake registers a new version of a focal point's State's checklist every CHANGE_MS
 * milliseconds (0: none), so that pages kept by the console go stale as they would in use.
 *
 * <p>Prints one line per page and role with the count, p50, p95 and max in milliseconds, the CPU per
 * request of the server (this JVM: Jetty, the console, the register, GC and JIT) and of the clients,
 * and a line {@code p95 overview <ms> state <ms>} over all sessions. The console's start (which reads
 * every State once), the logins and WARMUP rounds per session (the JIT's first compilations) are not
 * timed. Not a test: no threshold is asserted.
 *
 * <p>Usage: {@code ConsoleBench HOME STATES SESSIONS ROUNDS [WARMUP [CHANGE_MS]]}; HOME a fresh folder
 * (embedded H2 inside). Both JVMs share the machine's cores.
 */
public final class ConsoleBench {

    private static final String PASSWORD = ConsoleClients.PASSWORD;

    private ConsoleBench() {
    }

    public static void main(String[] args) {
        try {
            run(args);
            System.out.flush();
            // Javalin's login rate limiter keeps a scheduler thread of its own after the server stops.
            System.exit(0);
        } catch (Throwable e) {
            e.printStackTrace();
            System.exit(1);
        }
    }

    private static void run(String[] args) throws Exception {
        Path home = Path.of(args[0]);
        int stateCount = Integer.parseInt(args[1]);
        int sessions = Integer.parseInt(args[2]);
        int rounds = Integer.parseInt(args[3]);
        int warmup = args.length > 4 ? Integer.parseInt(args[4]) : 0;
        long changeMs = args.length > 5 ? Long.parseLong(args[5]) : 0;
        IrmConfig config = IrmConfig.of(Map.of("irm.home", home.toString(), "irm.console.port", "0",
                "irm.console.login.perMinute", "100000", "irm.secret.key", "console-benchmark-key-0123456789"));
        Register register = Register.open(config);
        StateList states = StateList.load(config.templates());
        new RegisteredStates(register).importStates(states.all());
        Catalogue catalogue = CatalogueLoader.configured(config);
        List<State> parties = states.parties().subList(0, Math.min(stateCount, states.parties().size()));
        long prepared = System.nanoTime();
        List<UUID> checklists = new ArrayList<>();
        for (int i = 0; i < parties.size(); i++) {
            checklists.add(registerReturnedChecklist(register, catalogue, parties, i));
        }
        ConsoleUsers users = new ConsoleUsers(register, Clock.systemUTC());
        int secretariatSessions = Math.max(1, sessions / 10);
        int focalPoints = sessions - secretariatSessions;
        users.add("secretariat", Role.SECRETARIAT, null, PASSWORD.toCharArray(), Language.EN, "bench");
        StringBuilder sessionLines = new StringBuilder();
        for (int s = 0; s < secretariatSessions; s++) {
            // Each secretariat session goes through every State, from its own starting point.
            List<String> tour = new ArrayList<>();
            for (int k = 0; k < parties.size(); k++) {
                tour.add(parties.get((s * parties.size() / secretariatSessions + k) % parties.size()).iso3());
            }
            sessionLines.append("secretariat secretariat ").append(parties.size()).append(' ')
                    .append(String.join(",", tour)).append('\n');
        }
        for (int i = 0; i < focalPoints; i++) {
            String iso3 = parties.get(i % parties.size()).iso3();
            users.add("fp-" + iso3 + "-" + i, Role.FOCAL_POINT, iso3, PASSWORD.toCharArray(), Language.EN, "bench");
            sessionLines.append("fp-").append(iso3).append('-').append(i).append(" focal-point 1 ").append(iso3).append('\n');
        }
        Path sessionsFile = home.resolve("sessions.txt");
        Files.writeString(sessionsFile, sessionLines);
        System.out.printf(Locale.ROOT, "prepared %d States, %d users in %.1f s%n", parties.size(), focalPoints + 1,
                (System.nanoTime() - prepared) / 1e9);

        long starting = System.nanoTime();
        List<String> figures = new ArrayList<>();
        double serverCpu;
        Changes changes = new Changes(register, catalogue, parties, checklists, Math.min(focalPoints, parties.size()), changeMs);
        try (ConsoleServer server = ConsoleServer.start(config, register, Clock.systemUTC())) {
            System.out.printf(Locale.ROOT, "console started in %.1f s (not timed)%n", (System.nanoTime() - starting) / 1e9);
            Process clients = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    // The browsers' JVM kept light: its own JIT and GC should take as little of the cores as they can.
                    "-Xmx256m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
                    "-cp", System.getProperty("java.class.path"), ConsoleClients.class.getName(),
                    Integer.toString(server.port()), sessionsFile.toString(), Integer.toString(warmup), Integer.toString(rounds))
                    .redirectError(ProcessBuilder.Redirect.INHERIT).start();
            double cpuStart = 0;
            double cpuEnd = 0;
            try (BufferedReader out = new BufferedReader(new InputStreamReader(clients.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = out.readLine(); line != null; line = out.readLine()) {
                    if (line.equals("timed-start")) {
                        cpuStart = ConsoleClients.processCpuSeconds();
                        changes.start();
                    } else if (line.equals("timed-end")) {
                        cpuEnd = ConsoleClients.processCpuSeconds();
                        changes.stop();
                    } else {
                        figures.add(line);
                    }
                }
            }
            if (clients.waitFor() != 0) {
                figures.forEach(System.out::println);
                throw new IllegalStateException("The clients failed (exit " + clients.exitValue() + ")");
            }
            serverCpu = cpuEnd - cpuStart;
        } finally {
            changes.stop();
            register.close();
        }
        int requests = 0;
        for (String line : figures) {
            if (line.startsWith("requests ")) {
                requests = Integer.parseInt(line.split(" ")[1]);
            }
        }
        int cores = Runtime.getRuntime().availableProcessors();
        System.out.printf(Locale.ROOT, "warm-up: %d rounds per session before the timed part (not timed); %s%n", warmup,
                changeMs > 0 ? "a new return registered every " + changeMs + " ms while timed: " + changes.count() + " returns"
                        : "no return registered while timed");
        for (String line : figures) {
            if (!line.startsWith("requests ") && !line.startsWith("p95 ")) {
                System.out.println(line);
            }
        }
        System.out.printf(Locale.ROOT, "server: %.2f s CPU of the console's JVM over the timed part (%.2f s of it registering the "
                        + "returns): %.2f ms CPU per request (%d sessions x that / %d cores = %.0f ms a page would wait on idle cores)%n",
                serverCpu, changes.cpuSeconds(), 1000 * serverCpu / requests, sessions, cores,
                sessions * 1000 * serverCpu / requests / cores);
        figures.stream().filter(line -> line.startsWith("p95 ")).forEach(System.out::println);
    }

    /** The intake at work while the sessions run: a new version of a focal point's State's checklist at a steady pace. */
    private static final class Changes {
        private final Register register;
        private final Catalogue catalogue;
        private final List<State> parties;
        private final List<UUID> checklists;
        private final int rotation;
        private final long everyMs;
        private volatile boolean running;
        private Thread thread;
        private volatile int count;
        private volatile double cpuSeconds;

        Changes(Register register, Catalogue catalogue, List<State> parties, List<UUID> checklists, int rotation, long everyMs) {
            this.register = register;
            this.catalogue = catalogue;
            this.parties = parties;
            this.checklists = checklists;
            this.rotation = Math.max(rotation, 1);
            this.everyMs = everyMs;
        }

        synchronized void start() {
            if (everyMs <= 0 || thread != null) {
                return;
            }
            running = true;
            thread = new Thread(() -> {
                java.lang.management.ThreadMXBean cpu = java.lang.management.ManagementFactory.getThreadMXBean();
                long next = System.nanoTime();
                while (running) {
                    int i = count % rotation;
                    registerReturn(register, catalogue, parties.get(i).iso3(), checklists.get(i), count + 2,
                            Instant.parse("2027-04-01T10:00:00Z").plusSeconds(count));
                    count++;
                    cpuSeconds = cpu.getCurrentThreadCpuTime() / 1e9;
                    next += everyMs * 1_000_000L;
                    long wait = next - System.nanoTime();
                    if (wait > 0) {
                        java.util.concurrent.locks.LockSupport.parkNanos(wait);
                    }
                }
            }, "bench intake");
            thread.start();
        }

        synchronized void stop() throws InterruptedException {
            running = false;
            if (thread != null) {
                thread.join();
            }
        }

        int count() {
            return count;
        }

        double cpuSeconds() {
            return cpuSeconds;
        }
    }

    /** State i under review by the next two parties, its whole checklist returned once, every question answered; its checklist's id. */
    private static UUID registerReturnedChecklist(Register register, Catalogue catalogue, List<State> parties, int i) {
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
        registerReturn(register, catalogue, iso3, checklist, 1, Instant.parse("2027-03-20T10:00:00Z").plusSeconds(i));
        return checklist;
    }

    /** A return of the State's whole checklist, every question answered (the version in the answers from the second). */
    private static void registerReturn(Register register, Catalogue catalogue, String iso3, UUID checklist, int version,
                                       Instant receivedAt) {
        String review = "uncac-2-" + iso3;
        String revised = version == 1 ? "" : " (revised, version " + version + ")";
        List<Answer> answers = new ArrayList<>();
        for (Provision provision : (Iterable<Provision>) catalogue.provisions()::iterator) {
            for (Question question : provision.questions()) {
                if (!question.readOnly()) {
                    answers.add(new Answer(provision.field(question.id()), "Answer of " + iso3 + " to " + provision.id() + "/"
                            + question.id() + ": the law and its practice, with examples." + revised, FoundBy.TAG, false));
                }
            }
        }
        new IntakeRegister(register).record(new NewSubmission(Sha256.hex(review + "/" + version), checklist,
                        SubmissionSource.FOLDER, null, "checklist-" + iso3 + (version == 1 ? "" : "-v" + version) + ".docx",
                        receivedAt, Outcome.ACCEPTED, null, List.of()),
                answers, new IntakeFacts(iso3, review, "whole", Language.EN, null, null));
    }
}
