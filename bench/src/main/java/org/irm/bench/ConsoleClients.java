package org.irm.bench;

import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The browsers of the console benchmark ({@link ConsoleBench}), in a JVM of their own so that the
 * server's CPU is measured apart from theirs. Each session is one thread with one kept-alive HTTP/1.1
 * connection to 127.0.0.1, as a browser tab: it logs in (the login page, its CSRF token, the form, the
 * session cookie the server sets), then asks for the overview and a State's page, round after round.
 * Every answer is read whole and checked: HTTP 200, the session's own login in the page's header, the
 * overview holding the rows the user may see (a focal point's: its State's alone), the State page
 * that State's. The requests carry the headers a browser sends but no Accept-Encoding (the pages are
 * measured, not their compression) and the assets are not asked (a browser keeps them).
 *
 * <p>Usage: {@code ConsoleClients PORT SESSIONS_FILE WARMUP ROUNDS}; the file has one session a line,
 * {@code <login> <role> <rows> <state>[,<state>...]}, where
 * rows is how many overview rows the user must see and the States are the pages it asks in turn.
 * Prints {@code timed-start} and {@code timed-end} (the server measures its CPU between them), then
 * the figures.
 */
public final class ConsoleClients {

    static final String PASSWORD = "benchmark password of the console";
    private static final Pattern CSRF = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"");
    private static final Pattern SESSION_COOKIE = Pattern.compile("(?i)^set-cookie:\\s*(IRM_SESSION=[^;]+)");
    private static final String ROW = "<tr id=\"row-";

    private ConsoleClients() {
    }

    /** One user: its login, role, the overview rows it must see, and the States whose pages it asks in turn. */
    private record Session(String login, String role, int rows, List<String> states) {
    }

    public static void main(String[] args) throws Exception {
        int port = Integer.parseInt(args[0]);
        List<Session> sessions = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of(args[1]))) {
            String[] f = line.split(" ");
            sessions.add(new Session(f[0], f[1], Integer.parseInt(f[2]), List.of(f[3].split(","))));
        }
        int warmup = Integer.parseInt(args[2]);
        int rounds = Integer.parseInt(args[3]);
        Map<String, List<Double>> timings = new ConcurrentHashMap<>();
        List<Throwable> failures = new CopyOnWriteArrayList<>();
        double[] cpu = new double[2];
        long[] wall = new long[2];
        // The timed part: from the moment every session is logged in and warmed up to the last one done.
        CyclicBarrier start = new CyclicBarrier(sessions.size(), () -> {
            System.out.println("timed-start");
            System.out.flush();
            cpu[0] = processCpuSeconds();
            wall[0] = System.nanoTime();
        });
        CountDownLatch finished = new CountDownLatch(sessions.size());
        List<Thread> threads = new ArrayList<>();
        for (Session session : sessions) {
            Thread thread = new Thread(() -> {
                try (Browser browser = new Browser(port, session.login())) {
                    browser.logIn();
                    for (int r = 0; r < warmup; r++) {
                        round(browser, session, r, null);
                    }
                    start.await();
                    for (int r = 0; r < rounds; r++) {
                        round(browser, session, warmup + r, timings);
                    }
                } catch (Throwable e) {
                    failures.add(e);
                    start.reset();
                } finally {
                    finished.countDown();
                }
            }, "session " + session.login());
            threads.add(thread);
        }
        threads.forEach(Thread::start);
        finished.await();
        cpu[1] = processCpuSeconds();
        wall[1] = System.nanoTime();
        System.out.println("timed-end");
        if (!failures.isEmpty()) {
            failures.get(0).printStackTrace();
            System.out.println("failed: " + failures.size() + " sessions, first: " + failures.get(0));
            System.out.flush();
            System.exit(1);
        }
        print(timings, rounds, cpu[1] - cpu[0], (wall[1] - wall[0]) / 1e9);
        System.out.flush();
    }

    /** One round of a session: the overview, then the next State's page. */
    private static void round(Browser browser, Session session, int round, Map<String, List<Double>> timings)
            throws IOException {
        long t0 = System.nanoTime();
        byte[] overview = browser.get("/");
        double overviewMs = (System.nanoTime() - t0) / 1e6;
        checkOverview(overview, session);
        String state = session.states().get(round % session.states().size());
        long t1 = System.nanoTime();
        byte[] page = browser.get("/states/" + state);
        double stateMs = (System.nanoTime() - t1) / 1e6;
        checkStatePage(page, session, state);
        if (timings != null) {
            timings.computeIfAbsent("overview " + session.role(), k -> new CopyOnWriteArrayList<>()).add(overviewMs);
            timings.computeIfAbsent("state " + session.role(), k -> new CopyOnWriteArrayList<>()).add(stateMs);
        }
    }

    private static void checkOverview(byte[] body, Session session) {
        String page = new String(body, StandardCharsets.UTF_8);
        checkWho(page, session);
        int rows = count(page, ROW);
        if (rows != session.rows()) {
            throw new IllegalStateException(session.login() + "'s overview shows " + rows + " States, not " + session.rows());
        }
        if (session.rows() == 1 && !page.contains(ROW + session.states().get(0) + "\"")) {
            throw new IllegalStateException(session.login() + "'s overview does not show its State " + session.states().get(0));
        }
    }

    private static void checkStatePage(byte[] body, Session session, String state) {
        String page = new String(body, StandardCharsets.UTF_8);
        checkWho(page, session);
        if (!page.contains("<h1 id=\"state-name\">") || !page.contains("(" + state + ")</h1>") || !page.contains("id=\"fields\"")
                || !page.contains("Answer of " + state + " to ")) {
            throw new IllegalStateException(session.login() + " did not get " + state + "'s page with its answers");
        }
    }

    private static void checkWho(String page, Session session) {
        if (!page.contains("id=\"who\">" + session.login() + " ")) {
            throw new IllegalStateException(session.login() + " got a page without its own login in the header");
        }
    }

    private static int count(String text, String what) {
        int count = 0;
        for (int at = text.indexOf(what); at >= 0; at = text.indexOf(what, at + what.length())) {
            count++;
        }
        return count;
    }

    private static void print(Map<String, List<Double>> timings, int rounds, double cpuSeconds, double wallSeconds) {
        List<Double> overview = new ArrayList<>();
        List<Double> statePages = new ArrayList<>();
        new TreeMap<>(timings).forEach((key, values) -> {
            List<Double> sorted = new ArrayList<>(values);
            Collections.sort(sorted);
            System.out.printf(Locale.ROOT, "%-26s n=%-5d p50=%7.1f  p95=%7.1f  max=%7.1f ms%n", key, sorted.size(),
                    percentile(sorted, 50), percentile(sorted, 95), sorted.get(sorted.size() - 1));
            (key.startsWith("overview") ? overview : statePages).addAll(values);
        });
        Collections.sort(overview);
        Collections.sort(statePages);
        int requests = overview.size() + statePages.size();
        System.out.printf(Locale.ROOT, "clients: %d requests in %.1f s wall, %.2f s CPU of the clients' JVM: %.2f ms CPU per request%n",
                requests, wallSeconds, cpuSeconds, 1000 * cpuSeconds / requests);
        System.out.printf(Locale.ROOT, "requests %d wall %.3f%n", requests, wallSeconds);
        System.out.printf(Locale.ROOT, "p95 overview %.1f state %.1f%n", percentile(overview, 95), percentile(statePages, 95));
    }

    static double percentile(List<Double> sorted, int percent) {
        if (sorted.isEmpty()) {
            return Double.NaN;
        }
        int index = (int) Math.ceil(percent / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(index, sorted.size() - 1)));
    }

    static double processCpuSeconds() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime() / 1e9;
    }

    /** A browser tab reduced to one kept-alive HTTP/1.1 connection and the session cookie. */
    private static final class Browser implements AutoCloseable {

        private final int port;
        private final String login;
        private Socket socket;
        private InputStream in;
        private OutputStream out;
        private String cookie;
        private int status;

        Browser(int port, String login) throws IOException {
            this.port = port;
            this.login = login;
            connect();
        }

        private void connect() throws IOException {
            socket = new Socket();
            socket.setTcpNoDelay(true);
            socket.connect(new InetSocketAddress("127.0.0.1", port));
            in = new java.io.BufferedInputStream(socket.getInputStream(), 64 * 1024);
            out = socket.getOutputStream();
        }

        void logIn() throws IOException {
            String loginPage = new String(request("GET", "/login", null), StandardCharsets.UTF_8);
            Matcher token = CSRF.matcher(loginPage);
            if (status != 200 || !token.find()) {
                throw new IllegalStateException("No login page with a CSRF token: HTTP " + status);
            }
            String form = "csrf=" + URLEncoder.encode(token.group(1), StandardCharsets.UTF_8) + "&login="
                    + URLEncoder.encode(login, StandardCharsets.UTF_8) + "&password="
                    + URLEncoder.encode(PASSWORD, StandardCharsets.UTF_8);
            request("POST", "/login", form);
            if (status != 302) {
                throw new IllegalStateException(login + " could not log in: HTTP " + status);
            }
        }

        /** A page as a browser asks it; fails unless HTTP 200. */
        byte[] get(String path) throws IOException {
            byte[] body = request("GET", path, null);
            if (status != 200) {
                throw new IllegalStateException(login + ": " + path + " answered HTTP " + status);
            }
            return body;
        }

        private byte[] request(String method, String path, String form) throws IOException {
            StringBuilder head = new StringBuilder(512);
            head.append(method).append(' ').append(path).append(" HTTP/1.1\r\n")
                    .append("Host: 127.0.0.1:").append(port).append("\r\n")
                    .append("User-Agent: Mozilla/5.0 (X11; Linux x86_64) irm-console-bench\r\n")
                    .append("Accept: text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8\r\n")
                    .append("Accept-Language: en\r\n")
                    .append("Connection: keep-alive\r\n");
            if (cookie != null) {
                head.append("Cookie: ").append(cookie).append("\r\n");
            }
            byte[] content = form == null ? null : form.getBytes(StandardCharsets.UTF_8);
            if (content != null) {
                head.append("Content-Type: application/x-www-form-urlencoded\r\n")
                        .append("Content-Length: ").append(content.length).append("\r\n");
            }
            head.append("\r\n");
            byte[] request = head.toString().getBytes(StandardCharsets.ISO_8859_1);
            try {
                return send(request, content);
            } catch (IOException closed) {
                // The server closed the kept-alive connection while it was idle (as Jetty does after its idle
                // timeout): a browser sends the request again on a new one.
                socket.close();
                connect();
                return send(request, content);
            }
        }

        private byte[] send(byte[] request, byte[] content) throws IOException {
            out.write(request);
            if (content != null) {
                out.write(content);
            }
            out.flush();
            return response();
        }

        private byte[] response() throws IOException {
            String statusLine = line();
            status = Integer.parseInt(statusLine.split(" ")[1]);
            int length = -1;
            boolean chunked = false;
            boolean close = false;
            for (String header = line(); !header.isEmpty(); header = line()) {
                String lower = header.toLowerCase(Locale.ROOT);
                if (lower.startsWith("content-length:")) {
                    length = Integer.parseInt(header.substring(15).trim());
                } else if (lower.startsWith("transfer-encoding:") && lower.contains("chunked")) {
                    chunked = true;
                } else if (lower.startsWith("connection:") && lower.contains("close")) {
                    close = true;
                } else {
                    Matcher set = SESSION_COOKIE.matcher(header);
                    if (set.find()) {
                        cookie = set.group(1);
                    }
                }
            }
            byte[] body;
            if (chunked) {
                ByteArrayOutputStream all = new ByteArrayOutputStream(64 * 1024);
                for (int size = Integer.parseInt(line().split(";")[0].trim(), 16); size > 0;
                     size = Integer.parseInt(line().split(";")[0].trim(), 16)) {
                    all.write(in.readNBytes(size));
                    line();
                }
                while (!line().isEmpty()) {
                    // trailers
                }
                body = all.toByteArray();
            } else if (length >= 0) {
                body = in.readNBytes(length);
                if (body.length < length) {
                    throw new EOFException("The answer ended early");
                }
            } else {
                body = in.readAllBytes();
                close = true;
            }
            if (close) {
                socket.close();
                connect();
            }
            return body;
        }

        private String line() throws IOException {
            StringBuilder line = new StringBuilder(64);
            for (int c = in.read(); c != '\n'; c = in.read()) {
                if (c < 0) {
                    throw new EOFException("The connection closed");
                }
                if (c != '\r') {
                    line.append((char) c);
                }
            }
            return line.toString();
        }

        @Override
        public void close() throws IOException {
            socket.close();
        }
    }
}
