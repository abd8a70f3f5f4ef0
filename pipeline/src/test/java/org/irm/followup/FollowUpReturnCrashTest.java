package org.irm.followup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import org.irm.catalogue.Language;
import org.irm.config.ConfigurationException;
import org.irm.config.Setting;
import org.irm.config.TemplateSource;
import org.irm.demo.ChecklistFiller;
import org.irm.docx.CommentedCopy;
import org.irm.docx.PackageLimits;
import org.irm.identity.IdentityVerifier;
import org.irm.mail.MailQueue;
import org.irm.register.FocalPoint;
import org.irm.register.FocalPoints;
import org.irm.register.FollowUpItem;
import org.irm.register.IntakeRegister;
import org.irm.register.SubmissionRecord;
import org.irm.register.SubmissionSource;
import org.irm.report.ReportDraftReturns;
import org.irm.submission.Acknowledgement;
import org.irm.submission.Arrival;
import org.irm.submission.Disposition;
import org.irm.submission.FolderCheck;
import org.irm.submission.IntakeDesk;
import org.irm.submission.MailedReplies;
import org.irm.submission.ReplyPost;
import org.irm.submission.ReturnDesks;
import org.irm.submission.SealCheck;
import org.irm.submission.SenderCheck;
import org.irm.testsupport.Checklists;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A filled follow-up form is registered like a checklist return (a versioned submission of its form,
 * sha256, sender, the file kept) and answered once: a crash between registering it and answering it
 * leaves it to be answered, on start or when the same file comes again, never "already received".
 */
class FollowUpReturnCrashTest {

    static final Instant RETURNED = Instant.parse("2027-09-01T08:00:00Z");

    @TempDir
    Path home;

    FollowUpFixture fixture;
    FollowUpItem item;
    FollowUpForms.Written form;
    Path filled;

    @BeforeEach
    void kenyasFormIsFilled() throws Exception {
        fixture = new FollowUpFixture(home);
        fixture.kenyaReportDrafted();
        item = new FinalReportTracking(fixture.register(), FollowUpFixture.CLOCK).trackState("KEN").items().get(0);
        form = fixture.form(Language.EN, null, Set.of());
        filled = Files.createDirectories(home.resolve("filled")).resolve("kenya-followup.docx");
        new ChecklistFiller().fill(form.file(), Map.of(FollowUpFixture.field(item, ItemIds.STATUS), "in-progress",
                FollowUpFixture.field(item, ItemIds.MEASURES), "A bill was tabled."), filled);
    }

    @Test
    void aFormIsRegisteredAsAVersionedSubmissionOfItsFormWithItsSenderAndFileKept() throws Exception {
        fixture.desk(); // imports the States list, which focal points are registered against
        new FocalPoints(fixture.register()).add(new FocalPoint("KEN", "focal@kenya.example", "Focal point", Language.EN), "sec");

        Acknowledgement taken = fixture.desk().take(new Arrival(filled, "kenya-followup.docx", SubmissionSource.MAIL,
                "focal@kenya.example", null, RETURNED, "<m1@kenya.example>"));
        Path second = filledAgain("kenya-followup-2.docx", "The bill was adopted.");
        Acknowledgement next = fixture.desk().take(new Arrival(second, "kenya-followup-2.docx", SubmissionSource.MAIL,
                "focal@kenya.example", null, RETURNED.plusSeconds(86400), "<m2@kenya.example>"));

        assertThat(taken.disposition()).as(taken.message()).isEqualTo(Disposition.REGISTERED);
        assertThat(next.message()).contains("version 2");
        SubmissionRecord first = fixture.register().submissionBySha256(taken.sha256()).orElseThrow();
        assertThat(first.checklistId()).isEqualTo(form.manifest().identity().checklistId());
        assertThat(first.version()).isEqualTo(1);
        assertThat(first.sender()).isEqualTo("focal@kenya.example");
        assertThat(first.source()).isEqualTo(SubmissionSource.MAIL);
        assertThat(fixture.register().submissionBySha256(next.sha256()).orElseThrow().version()).isEqualTo(2);
        assertThat(home.resolve("watch-folders/archive")).isDirectoryRecursivelyContaining(
                p -> p.getFileName().toString().startsWith(taken.sha256()));
        assertThat(new IntakeRegister(fixture.register()).answered(first.id())).isTrue();
        assertThat(queued()).as("one reply per e-mail").hasSize(2);
        // Not a checklist: the review's master checklist is not made of it.
        assertThat(new org.irm.register.MasterChecklists(fixture.register()).forReview("uncac-2-KEN")).isEmpty();
    }

    @Test
    void aFormWhoseAnswerAKillInterruptedIsAnsweredWhenTakenAgainNotCalledAlreadyReceived() throws Exception {
        Acknowledgement taken = fixture.drop(filled, "KEN", RETURNED);
        assertThat(taken.disposition()).as(taken.message()).isEqualTo(Disposition.REGISTERED);
        // What a kill right after the commit leaves: the form registered and its items updated, no answer yet.
        for (Path written : taken.filesWritten()) {
            Files.delete(written);
        }
        execute("DELETE FROM receipt");

        Acknowledgement retaken = fixture.drop(FollowUpFixture.copyTo(filled, home.resolve("again")), "KEN",
                RETURNED.plusSeconds(600));

        assertThat(retaken.disposition()).as(retaken.message()).isEqualTo(Disposition.REGISTERED);
        assertThat(retaken.message()).contains("version 1");
        assertThat(retaken.filesWritten()).singleElement().satisfies(receipt -> assertThat(Files.readString(receipt,
                StandardCharsets.UTF_8)).contains("Follow-up received: KEN, version 1").contains("2027-09-01 08:00 UTC"));
        assertThat(fixture.register().recommendations().history(item.id())).as("recorded once").hasSize(1);
        assertThat(count("SELECT COUNT(*) FROM submission")).isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM followup_return")).isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM receipt")).isEqualTo(1);
        assertThat(fixture.drop(FollowUpFixture.copyTo(filled, home.resolve("third")), "KEN", RETURNED.plusSeconds(1200))
                .disposition()).as("answered now, so the same file again is already received").isEqualTo(Disposition.DUPLICATE);
    }

    @Test
    void aKillBeforeTheAnswerIsRecordedIsAnsweredOnStartOnceWithOneReceiptAndOneReply() throws Exception {
        fixture.desk(); // imports the States list, which focal points are registered against
        new FocalPoints(fixture.register()).add(new FocalPoint("KEN", "focal@kenya.example", "Focal point", Language.EN), "sec");
        AtomicBoolean killed = new AtomicBoolean(true);
        Arrival mailed = new Arrival(filled, "kenya-followup.docx", SubmissionSource.MAIL, "focal@kenya.example", null,
                RETURNED, "<m1@kenya.example>");

        assertThatThrownBy(() -> desk(killed).take(mailed)).as("the process stops between register and answer")
                .isInstanceOf(ConfigurationException.class);
        assertThat(fixture.register().recommendations().history(item.id())).as("registered: the commit came first").hasSize(1);
        assertThat(queued()).isEmpty();

        killed.set(false);
        IntakeDesk restarted = desk(killed);
        assertThat(restarted.finishUnfinished()).singleElement().satisfies(ack -> {
            assertThat(ack.disposition()).isEqualTo(Disposition.REGISTERED);
            assertThat(ack.message()).contains("version 1");
        });
        assertThat(restarted.finishUnfinished()).isEmpty();
        assertThat(restarted.take(new Arrival(filled, "kenya-followup.docx", SubmissionSource.MAIL, "focal@kenya.example",
                null, RETURNED.plusSeconds(60), "<m1@kenya.example>")).disposition())
                .as("the same e-mail read again").isEqualTo(Disposition.DUPLICATE);
        try (Stream<Path> receipts = Files.list(home.resolve("watch-folders/outbox/KEN"))) {
            assertThat(receipts.filter(p -> p.toString().endsWith("-receipt.txt"))).hasSize(1);
        }
        assertThat(queued()).as("the receipt mailed once").hasSize(1);
        assertThat(fixture.register().recommendations().history(item.id())).hasSize(1);
    }

    /** The desk as PipelineDesks builds it, its follow-up handler's replies going through a post that a kill stops while set. */
    private IntakeDesk desk(AtomicBoolean killed) {
        ReturnDesks desks = ReturnDesks.over(fixture.config(), fixture.register(), FollowUpFixture.CLOCK);
        Path root = fixture.config().path(Setting.WATCH_ROOT);
        ReplyPost mailed = new MailedReplies(MailQueue.under(root), "irm@localhost");
        ReplyPost post = (arrival, acknowledgement) -> {
            if (killed.get()) {
                throw new ConfigurationException("killed");
            }
            return mailed.post(arrival, acknowledgement);
        };
        FollowUpReturns handler = new FollowUpReturns(new IdentityVerifier(Checklists.SEAL),
                List.of(new SealCheck(), new SenderCheck(new FocalPoints(fixture.register()), iso3 -> iso3),
                        new FolderCheck(iso3 -> iso3)),
                fixture.register().recommendations(), FollowUpLabels.load(TemplateSource.bundled()),
                new CommentedCopy("Secretariat", "S", PackageLimits.DEFAULTS), PackageLimits.DEFAULTS, root.resolve("outbox"),
                new IntakeRegister(fixture.register()), post, FollowUpFixture.CLOCK);
        return desks.open(List.of(handler, ReportDraftReturns.over(fixture.register(), desks.seal(), "secretariat",
                FollowUpFixture.CLOCK), desks.checklists()));
    }

    /** The same form filled again, differently (another file of the same form). */
    private Path filledAgain(String name, String measures) throws Exception {
        Path again = home.resolve("filled").resolve(name);
        new ChecklistFiller().fill(form.file(), Map.of(FollowUpFixture.field(item, ItemIds.STATUS), "implemented",
                FollowUpFixture.field(item, ItemIds.MEASURES), measures), again);
        return again;
    }

    private List<Path> queued() throws Exception {
        Path queue = MailQueue.under(home.resolve("watch-folders")).folder();
        if (!Files.isDirectory(queue)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(queue)) {
            return files.filter(p -> p.toString().endsWith(MailQueue.SUFFIX)).toList();
        }
    }

    private Connection connect() throws Exception {
        return DriverManager.getConnection("jdbc:h2:file:" + home.resolve("irm-data/register").toAbsolutePath(), "irm", "");
    }

    private int count(String sql) throws Exception {
        try (Connection connection = connect(); Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery(sql)) {
            row.next();
            return row.getInt(1);
        }
    }

    private void execute(String sql) throws Exception {
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            statement.executeUpdate(sql);
        }
    }
}
