package org.irm.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.camel.builder.NotifyBuilder;
import org.irm.mail.MailQueue;
import org.irm.mail.OutgoingMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RepliesRouteTest {

    @TempDir
    Path home;

    @Test
    void whileTheSmtpServerIsDownAnAnswerStaysQueued() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        RecordingDesk desk = new RecordingDesk();
        try (IntakeRunning intake = IntakeRunning.prepare(home, desk, Map.of("irm.mail.smtp.host", "127.0.0.1",
                "irm.mail.smtp.port", Integer.toString(closedPort), "irm.mail.smtp.security", "none"))) {
            NotifyBuilder failed = new NotifyBuilder(intake.camel).fromRoute("replies").whenFailed(2).create();
            intake.start();
            MailQueue queue = new MailQueue(intake.root.resolve("mail-queue"));
            queue.put(new OutgoingMessage(List.of("focal@kenya.test"), "Received", "Thank you.\n",
                    List.of(), null, "en").toMime(queue.session(), "irm@secretariat.test"));

            assertThat(failed.matches(20, TimeUnit.SECONDS)).as("the server was tried twice").isTrue();
            try (Stream<Path> queued = Files.list(intake.root.resolve("mail-queue"))) {
                assertThat(queued.filter(f -> f.toString().endsWith(".eml"))).hasSize(1);
            }
        }
    }
}
