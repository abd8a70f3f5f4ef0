package org.irm.console;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The {@link ConsoleFixture} served on 127.0.0.1 for a whole test class, in a home folder of its own
 * (removed after): {@code @RegisterExtension static final ServedConsole console = new ServedConsole();}
 * The tests over HTTP share this setup instead of each writing it.
 */
final class ServedConsole implements BeforeAllCallback, AfterAllCallback {

    private final String[] settings;
    private Path home;
    private ConsoleFixture fixture;
    private ConsoleServer server;

    /** @param settings extra settings of the fixture, {@code key=value} */
    ServedConsole(String... settings) {
        this.settings = settings.clone();
    }

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        home = Files.createTempDirectory("irm-console-test");
        fixture = new ConsoleFixture(home, settings);
        server = fixture.start();
    }

    @Override
    public void afterAll(ExtensionContext context) throws IOException {
        try {
            if (server != null) {
                server.close();
            }
            if (fixture != null) {
                fixture.register.close();
            }
        } finally {
            try (Stream<Path> files = Files.walk(home)) {
                for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(file);
                }
            }
        }
    }

    ConsoleFixture fixture() {
        return fixture;
    }

    Path home() {
        return home;
    }

    int port() {
        return server.port();
    }

    /** A client of its own (cookies, CSRF token), not logged in. */
    ConsoleClient client() {
        return new ConsoleClient(port());
    }

    /** A client logged in as this user (the fixture's password); fails unless the login is accepted. */
    ConsoleClient loggedIn(String login) throws Exception {
        ConsoleClient client = client();
        int status = client.logIn(login, ConsoleFixture.PASSWORD).statusCode();
        if (status != 302) {
            throw new AssertionError(login + " could not log in: HTTP " + status);
        }
        return client;
    }
}
