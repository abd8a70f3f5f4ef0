package org.irm.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.NotifyBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.irm.catalogue.Language;
import org.irm.catalogue.StateList;
import org.irm.config.IrmConfig;
import org.irm.mail.MailQueue;
import org.irm.register.Deadline;
import org.irm.register.FocalPoint;
import org.irm.register.FocalPoints;
import org.irm.register.NewReview;
import org.irm.register.Notices;
import org.irm.register.Register;
import org.irm.register.RegisteredStates;
import org.irm.register.ReviewStage;
import org.irm.testsupport.Checklists;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NoticesRouteTest {

    private static final LocalDate DUE = LocalDate.of(2027, 3, 31);

    @TempDir
    Path home;

    @Test
    void theTimerQueuesTheReminderDueOnceHoweverOftenItFires() throws Exception {
        IrmConfig config = IrmConfig.of(Map.of("irm.home", home.toString(),
                "irm.templates", System.getProperty("irm.templates", "../templates"),
                "irm.secret.key", new String(Checklists.KEY, StandardCharsets.UTF_8),
                "irm.notices.period.ms", "50"));
        Register register = Register.open(config);
        new RegisteredStates(register).importStates(StateList.load(config.templates()).all());
        new FocalPoints(register).add(new FocalPoint("KEN", "focal.point@kenya.test", null, Language.FR), "test");
        register.reviews().create(NewReview.of("KEN", "uncac", 2, Language.EN, ReviewStage.SELF_ASSESSMENT, List.of(),
                List.of(new Deadline("selfAssessment", DUE)), null, Instant.parse("2027-01-10T09:00:00Z")));
        Clock threeDaysBefore = Clock.fixed(DUE.minusDays(3).atTime(9, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
        IntakeDaemon daemon = new IntakeDaemon(config, new RecordingDesk(), register, null, threeDaysBefore);
        CamelContext camel = new DefaultCamelContext();
        daemon.addTo(camel);
        NotifyBuilder thrice = new NotifyBuilder(camel).fromRoute("notices").whenDone(3).create();
        camel.start();
        try {
            assertThat(thrice.matches(30, TimeUnit.SECONDS)).as("the timer fired three times").isTrue();
        } finally {
            camel.stop();
        }

        Path queue = home.resolve("watch-folders").resolve(MailQueue.FOLDER);
        try (Stream<Path> files = Files.list(queue)) {
            List<Path> queued = files.filter(f -> f.toString().endsWith(MailQueue.SUFFIX)).toList();
            assertThat(queued).hasSize(1);
            assertThat(Files.readString(queued.get(0))).contains("Content-Language: fr", "focal.point@kenya.test");
        }
        assertThat(new Notices(register, Duration.ofMinutes(10)).list(null)).singleElement().satisfies(n -> {
            assertThat(n.key().kind()).isEqualTo("self-assessment");
            assertThat(n.key().offsetDays()).isEqualTo(-3);
            assertThat(n.queued()).isTrue();
        });
    }
}
