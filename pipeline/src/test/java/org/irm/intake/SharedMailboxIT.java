package org.irm.intake;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.user.GreenMailUser;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.camel.CamelContext;
import org.apache.camel.impl.DefaultCamelContext;
import org.irm.config.IrmConfig;
import org.irm.register.Register;
import org.irm.register.RegisterDatabase;
import org.irm.testsupport.Eventually;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two pipeline instances reading one returns mailbox with one register: every message is taken
 * (its attachment handed to a desk and answered) by exactly one of them. The mailbox password
 * holds characters that mean something in a URI. The register is embedded H2 in server mode here;
 * {@link SharedMailboxOnPostgresIT} shares a PostgreSQL one.
 */
class SharedMailboxIT {

    @RegisterExtension
    static final GreenMailExtension MAIL = ReturnMails.server();

    private static final String RETURNS = "returns@secretariat.test";
    private static final String PASSWORD = "se)&cr}&et=RAW(x)%41";

    @TempDir
    Path home;

    /** Closed after the instances stop: H2's lock watchdog would otherwise re-create the lock file under the temp folder while JUnit deletes it. */
    private final List<Register> registers = new ArrayList<>();

    @Test
    void twoInstancesOnOneMailboxTakeEveryMessageExactlyOnceLoggedInWithAPasswordOfUriCharacters() throws Exception {
        GreenMailUser mailbox = MAIL.setUser(RETURNS, "returns", PASSWORD);
        RegisterDatabase database = database();
        RecordingDesk deskA = new RecordingDesk();
        RecordingDesk deskB = new RecordingDesk();
        int messages = 8;
        CamelContext a = instance("a", deskA, database);
        CamelContext b = instance("b", deskB, database);
        try {
            a.start();
            b.start();
            for (int i = 1; i <= messages; i++) {
                send("Our return " + i, "return-" + i + ".docx", ("PK\u0003\u0004 return " + i).getBytes(StandardCharsets.UTF_8));
            }
            Eventually.await("every message taken and seen", Duration.ofSeconds(60),
                    () -> deskA.taken.size() + deskB.taken.size() >= messages
                            && MAIL.getManagers().getImapHostManager().getInbox(mailbox).getUnseenCount() == 0);
            // A second taker of a message would have fetched it before it was seen, in a look of
            // the mailbox still under way: wait until each instance has begun a new look, so that
            // every look that could have fetched a message has ended (each instance runs one look at a time).
            long lookA = IntakeRunning.looks(a, "mailbox");
            long lookB = IntakeRunning.looks(b, "mailbox");
            Eventually.await("both instances' next look at the mailbox", Duration.ofSeconds(60),
                    () -> IntakeRunning.looks(a, "mailbox") > lookA && IntakeRunning.looks(b, "mailbox") > lookB);
        } finally {
            a.stop();
            b.stop();
            registers.forEach(Register::close);
        }
        List<String> taken = Stream.concat(deskA.taken.stream(), deskB.taken.stream())
                .map(t -> t.arrival().originalName()).toList();
        assertThat(taken).as("every attachment taken once, by one instance (a: %s, b: %s)", deskA.taken.size(),
                deskB.taken.size()).hasSize(messages).doesNotHaveDuplicates();
        assertThat(MAIL.getManagers().getImapHostManager().getInbox(mailbox).getUnseenCount()).isZero();
    }

    /** The register both instances share: embedded H2 that the first to open it serves to the other. */
    RegisterDatabase database() {
        return new RegisterDatabase("jdbc:h2:file:" + home.resolve("register").toAbsolutePath() + ";AUTO_SERVER=TRUE",
                "irm", "");
    }

    private CamelContext instance(String name, RecordingDesk desk, RegisterDatabase database) throws Exception {
        Map<String, String> values = new HashMap<>();
        values.put("irm.home", home.resolve(name).toString());
        values.put("irm.watch.root", home.resolve("shared").toString());
        values.put("irm.db.url", database.url());
        values.put("irm.db.user", database.user());
        values.put("irm.db.password", database.password());
        values.put("irm.mail.imap.host", "127.0.0.1");
        values.put("irm.mail.imap.port", Integer.toString(MAIL.getImap().getPort()));
        values.put("irm.mail.imap.security", "none");
        values.put("irm.mail.imap.user", "returns");
        values.put("irm.mail.imap.password", PASSWORD);
        values.put("irm.mail.imap.poll.ms", "100");
        values.put("irm.reports.auto", "false");
        IrmConfig config = IrmConfig.of(values);
        CamelContext camel = new DefaultCamelContext();
        Register register = Register.open(config);
        registers.add(register);
        new IntakeDaemon(config, desk, register, null, Clock.systemUTC()).addTo(camel);
        return camel;
    }

    private static void send(String subject, String fileName, byte[] bytes) throws Exception {
        ReturnMails.send(MAIL, RETURNS, subject, fileName, bytes);
    }
}
