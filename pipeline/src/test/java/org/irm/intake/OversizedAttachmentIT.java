package org.irm.intake;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.user.GreenMailUser;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.camel.CamelContext;
import org.apache.camel.impl.DefaultCamelContext;
import org.irm.config.IrmConfig;
import org.irm.register.Register;
import org.irm.testsupport.Eventually;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** An attachment larger than the file limit is refused by the desk without being written to disk in full. */
class OversizedAttachmentIT {

    @RegisterExtension
    static final GreenMailExtension MAIL = ReturnMails.server();

    private static final String RETURNS = "returns@secretariat.test";

    @TempDir
    Path home;

    @Test
    void anAttachmentOverTheLimitIsRefusedAsTooLargeAndOnlyTheLimitAndOneByteIsWritten() throws Exception {
        GreenMailUser mailbox = MAIL.setUser(RETURNS, "returns", "secret");
        Map<String, String> values = ReturnsFixture.settings(home);
        values.put("irm.mail.imap.host", "127.0.0.1");
        values.put("irm.mail.imap.port", Integer.toString(MAIL.getImap().getPort()));
        values.put("irm.mail.imap.security", "none");
        values.put("irm.mail.imap.user", "returns");
        values.put("irm.mail.imap.password", "secret");
        values.put("irm.mail.imap.poll.ms", "100");
        values.put("irm.limits.file.mb", "1");
        values.put("irm.reports.auto", "false");
        IrmConfig config = IrmConfig.of(values);
        Register register = Register.open(config);
        List<org.irm.submission.Acknowledgement> given = new java.util.concurrent.CopyOnWriteArrayList<>();
        List<Long> sizes = new java.util.concurrent.CopyOnWriteArrayList<>();
        org.irm.submission.ReturnDesk real = org.irm.submission.ReturnDesks.open(config, register, Clock.systemUTC());
        org.irm.submission.ReturnDesk observed = new org.irm.submission.ReturnDesk() {
            @Override
            public org.irm.submission.Acknowledgement take(org.irm.submission.Arrival arrival) {
                try {
                    sizes.add(java.nio.file.Files.size(arrival.file()));
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
                org.irm.submission.Acknowledgement acknowledgement = real.take(arrival);
                given.add(acknowledgement);
                return acknowledgement;
            }

            @Override
            public List<org.irm.submission.Acknowledgement> finishUnfinished() {
                return real.finishUnfinished();
            }
        };
        CamelContext camel = new DefaultCamelContext();
        new IntakeDaemon(config, observed, register, null, Clock.systemUTC()).addTo(camel);
        byte[] big = new byte[3 << 20];
        new java.util.Random(7).nextBytes(big);
        big[0] = 'P';
        big[1] = 'K';
        try {
            camel.start();
            send("Our return", "return.docx", big);
            Eventually.await("the mail taken and answered", Duration.ofSeconds(60), () -> !given.isEmpty()
                    && MAIL.getManagers().getImapHostManager().getInbox(mailbox).getUnseenCount() == 0);
        } finally {
            camel.stop();
        }
        assertThat(given).singleElement().satisfies(ack -> {
            assertThat(ack.disposition()).isEqualTo(org.irm.submission.Disposition.REFUSED);
            assertThat(ack.reasonCode()).isEqualTo("TOO_LARGE");
        });
        assertThat(sizes).as("the attachment was cut one byte past the 1 MB limit").containsExactly((1L << 20) + 1);
    }

    private static void send(String subject, String fileName, byte[] bytes) throws Exception {
        ReturnMails.send(MAIL, RETURNS, subject, fileName, bytes);
    }
}
