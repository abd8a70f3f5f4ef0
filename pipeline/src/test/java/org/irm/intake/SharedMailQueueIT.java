package org.irm.intake;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.camel.CamelContext;
import org.apache.camel.impl.DefaultCamelContext;
import org.irm.config.IrmConfig;
import org.irm.mail.MailQueue;
import org.irm.mail.OutgoingMessage;
import org.irm.register.Register;
import org.irm.testsupport.Eventually;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two pipeline instances on one watch root share its mail queue: each queued answer is sent by
 * one of them, once.
 */
class SharedMailQueueIT {

    @RegisterExtension
    static final GreenMailExtension MAIL = new GreenMailExtension(ServerSetup.dynamicPort(new ServerSetup[] {
        new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP)}));

    private static final int ANSWERS = 30;

    @TempDir
    Path home;

    /** Closed after the instances stop: H2's lock watchdog would otherwise re-create the lock file under the temp folder while JUnit deletes it. */
    private final List<Register> registers = new ArrayList<>();

    @Test
    void twoInstancesOnOneMailQueueSendEveryAnswerOnce() throws Exception {
        MailQueue queue = MailQueue.under(home.resolve("shared"));
        for (int i = 1; i <= ANSWERS; i++) {
            queue.put(new OutgoingMessage(List.of("focal.point@kenya.test"), "Answer " + i, "Thank you.\n", List.of(),
                    "<return-" + i + "@kenya.test>", "en").toMime(queue.session(), "returns@secretariat.test"));
        }
        String url = "jdbc:h2:file:" + home.resolve("register").toAbsolutePath() + ";AUTO_SERVER=TRUE";
        CamelContext a = instance("a", url);
        CamelContext b = instance("b", url);
        try {
            a.start();
            b.start();
            Eventually.await("every queued answer sent", Duration.ofSeconds(120), () -> waiting(queue) == 0);
        } finally {
            // Stopping waits for a send under way: an answer sent twice would be in the mailbox after this.
            a.stop();
            b.stop();
            registers.forEach(Register::close);
        }
        List<String> subjects = Arrays.stream(MAIL.getReceivedMessages()).map(MailWaits::subject).toList();
        assertThat(subjects).as("every queued answer sent once").hasSize(ANSWERS).doesNotHaveDuplicates();
        assertThat(waiting(queue)).isZero();
        assertThat(Arrays.stream(MAIL.getReceivedMessages()).map(SharedMailQueueIT::messageId)).doesNotHaveDuplicates();
    }

    private CamelContext instance(String name, String url) throws Exception {
        Map<String, String> values = new HashMap<>();
        values.put("irm.home", home.resolve(name).toString());
        values.put("irm.watch.root", home.resolve("shared").toString());
        values.put("irm.db.url", url);
        values.put("irm.mail.smtp.host", "127.0.0.1");
        values.put("irm.mail.smtp.port", Integer.toString(MAIL.getSmtp().getPort()));
        values.put("irm.mail.smtp.security", "none");
        values.put("irm.mail.queue.poll.ms", "50");
        values.put("irm.reports.auto", "false");
        IrmConfig config = IrmConfig.of(values);
        CamelContext camel = new DefaultCamelContext();
        Register register = Register.open(config);
        registers.add(register);
        new IntakeDaemon(config, new RecordingDesk(), register, null, Clock.systemUTC()).addTo(camel);
        return camel;
    }

    private static long waiting(MailQueue queue) throws Exception {
        try (Stream<Path> files = Files.list(queue.folder())) {
            return files.filter(f -> f.getFileName().toString().endsWith(MailQueue.SUFFIX)).count();
        }
    }

    private static String messageId(MimeMessage message) {
        try {
            return message.getMessageID();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
