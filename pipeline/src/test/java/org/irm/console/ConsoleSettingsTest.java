package org.irm.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the irm.console.* settings change, over HTTP on 127.0.0.1. */
class ConsoleSettingsTest {

    @TempDir
    Path home;

    @Test
    void loginAttemptsPastTheLimitPerMinuteFromOneAddressAreRefusedUnread() throws Exception {
        ConsoleFixture fixture = new ConsoleFixture(home, "irm.console.login.perMinute=3");
        try (ConsoleServer server = fixture.start()) {
            ConsoleClient client = new ConsoleClient(server.port());
            for (int i = 0; i < 3; i++) {
                assertThat(client.logIn("kenya", "wrong " + i).statusCode()).isEqualTo(401);
            }

            assertThat(client.logIn("kenya", ConsoleFixture.PASSWORD).statusCode()).isEqualTo(429);
            assertThat(fixture.register.events().stream().filter(e -> e.action().equals("console.loginRefused")).count())
                    .isEqualTo(3);
        } finally {
            fixture.register.close();
        }
    }

    @Test
    void withThePublicCalendarOffNothingIsShownWithoutLogin() throws Exception {
        ConsoleFixture fixture = new ConsoleFixture(home, "irm.console.public.calendar=false");
        try (ConsoleServer server = fixture.start()) {
            ConsoleClient anyone = new ConsoleClient(server.port());

            assertThat(anyone.get("/public/calendar").statusCode()).isEqualTo(404);
            assertThat(anyone.get("/public/calendar.ics").statusCode()).isEqualTo(404);
        } finally {
            fixture.register.close();
        }
    }
}
