package org.irm.demo;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.irm.catalogue.FieldId;
import org.irm.catalogue.Language;
import org.irm.config.IrmConfig;
import org.irm.contributors.ContributorFields;
import org.irm.contributors.ContributorForms;
import org.irm.contributors.ContributorKind;
import org.irm.register.ContributorForm;
import org.irm.register.SubmissionSource;
import org.irm.register.Register;
import org.irm.submission.Acknowledgement;
import org.irm.submission.Arrival;
import org.irm.submission.IntakeDesk;

/**
 * The demo's contributors (issue 18, point 2): Kenya invites a civil-society organisation to add its
 * input on public procurement (paragraphs 9.1 and 9.2), its answers shown read-only on 9.1 and that
 * input shared with reviewers, 9.2's not ({@code irm contributors invite}); the organisation fills the
 * sealed form and e-mails it back from its registered address, and the desk registers its input apart
 * from Kenya's answers. The review step's copies then show the shared input alone.
 */
public final class ContributorsDemo {

    /** The organisation's address, as Kenya registered it. */
    static final String ADDRESS = "info@tikenya.example";

    /** The organisation the input is attributed to. */
    public static final String ORGANISATION = "Transparency Kenya Network";

    /** The input on the shared paragraph (reviewers see it) and on the other (they do not). */
    public static final String SHARED_INPUT = "Award notices are published, but rarely within the fourteen days the act sets.";
    public static final String KEPT_INPUT = "Budget hearings of the county assemblies are held behind closed doors.";

    private final PrintWriter say;

    public ContributorsDemo(PrintWriter say) {
        this.say = say;
    }

    /** Runs the step on Kenya's review (registered by the supporting documents' step). */
    public void run(Path run, IrmConfig config, Register register, Function<IrmConfig, IntakeDesk> openDesk)
            throws IOException {
        say.println("7. Contributors: Kenya invites a civil-society organisation to add its input on 9.1 and 9.2 (public"
                + " procurement), shared with reviewers on 9.1 only (irm contributors invite)");
        IrmConfig deskConfig = ReturnsDemo.deskConfig(config, run);
        ContributorForms forms = ContributorForms.from(deskConfig, register, Clock.systemUTC());
        ContributorForms.Issued issued = forms.invite(new ContributorForms.Invitation("KEN", ADDRESS, "W. Otieno",
                ORGANISATION, ContributorKind.CIVIL_SOCIETY, List.of("9.1", "9.2"), List.of("9.1"), List.of("9.1"),
                Language.EN, ReviewDemo.REVIEW_ID), run.resolve("outbox"), "secretariat");
        ContributorForm form = issued.form();
        say.printf("   wrote %s: %d provisions, Kenya's answers shown on %d, shared with reviewers on %d%n", issued.file(),
                form.provisions().size(), form.answersShown().size(), form.reviewersShown().size());
        String shared = form.reviewersShown().get(0);
        String kept = form.provisions().stream().filter(p -> !form.reviewersShown().contains(p)).findFirst().orElseThrow();
        Map<FieldId, String> input = new LinkedHashMap<>();
        input.put(ContributorFields.input(shared), SHARED_INPUT);
        input.put(ContributorFields.input(kept), KEPT_INPUT);
        Path filled = Files.createDirectories(run.resolve("inbox").resolve("mail-from-contributor"))
                .resolve("contribution-transparency-kenya.docx");
        new ChecklistFiller().fill(issued.file(), input, filled);
        Acknowledgement taken = openDesk.apply(deskConfig).take(new Arrival(filled, filled.getFileName().toString(),
                SubmissionSource.MAIL, ADDRESS, null, Instant.now()));
        say.printf("   e-mailed back by %s: %s %s (input on %s and %s, kept apart from Kenya's answers)%n", ADDRESS,
                taken.disposition(), taken.message(), shared, kept);
    }
}
