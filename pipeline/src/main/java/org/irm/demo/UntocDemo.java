package org.irm.demo;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import org.irm.catalogue.Catalogue;
import org.irm.catalogue.CatalogueException;
import org.irm.catalogue.CatalogueLoader;
import org.irm.catalogue.I18nLabels;
import org.irm.catalogue.Language;
import org.irm.catalogue.State;
import org.irm.catalogue.StateList;
import org.irm.checklist.ChecklistIssuer;
import org.irm.checklist.ClusterQuestionnaires;
import org.irm.config.IrmConfig;
import org.irm.config.TemplateSource;
import org.irm.identity.IdentitySeal;
import org.irm.register.Deadline;
import org.irm.register.Register;
import org.irm.register.SubmissionSource;
import org.irm.stages.ReviewTimeline;
import org.irm.submission.Acknowledgement;
import org.irm.submission.Arrival;
import org.irm.submission.IntakeDesk;
import org.irm.tracking.ChecklistProgress;
import org.irm.tracking.ChecklistTracker;
import org.irm.tracking.ProvisionProgress;

/**
 * The demo's other mechanism (issue 19.1): Nigeria, party to the Organized Crime Convention and its
 * three Protocols in the shipped States list, gets the questionnaires of the first thematic cluster,
 * one per instrument, as {@code irm checklist --instrument untoc --cluster 1} issues them; it returns
 * the Convention's, taken in by the same desk, and {@code irm status} of the UNTOC review shows it
 * answered, the Protocols' questionnaires still to come.
 */
public final class UntocDemo {

    /** The State the step issues the questionnaires to. */
    static final String STATE = "NGA";

    private final PrintWriter say;

    public UntocDemo(PrintWriter say) {
        this.say = say;
    }

    /** What the step left: the questionnaires issued, and the status of the UNTOC review after the return. */
    public record Outcome(List<ChecklistIssuer.Issued> issued, ChecklistProgress status) { }

    /** Runs the step; empty when the templates hold no UNTOC cluster 1 for Nigeria (said so). */
    public Optional<Outcome> run(Path run, IrmConfig config, Register register, StateList states, I18nLabels labels, IdentitySeal seal,
                       TemplateSource templates, Function<IrmConfig, IntakeDesk> openDesk)
            throws IOException, CatalogueException {
        State nigeria = states.find(STATE).orElseThrow();
        say.println("11. Another mechanism: " + nigeria.name() + ", party to the Organized Crime Convention and its three"
                + " Protocols, gets its cluster 1 questionnaires (irm checklist --instrument untoc --cluster 1)");
        CatalogueLoader loader = new CatalogueLoader(templates);
        ClusterQuestionnaires plan;
        try {
            plan = ClusterQuestionnaires.plan(loader, nigeria, "untoc", 1, 1);
        } catch (ClusterQuestionnaires.NotIssuable e) {
            say.println("   (skipped: " + e.getMessage() + ")");
            return Optional.empty();
        }
        Catalogue convention = plan.questionnaires().get(0);
        String review = convention.mechanism() + "-" + convention.cycle() + "-" + STATE;
        LocalDate due = new ReviewTimeline(register.reviews(), templates).due(review, convention.mechanism(),
                Deadline.SELF_ASSESSMENT, LocalDate.now(ZoneOffset.UTC)).orElseThrow();
        Path outbox = run.resolve("outbox").resolve(STATE);
        List<ChecklistIssuer.Issued> issued = new ArrayList<>();
        for (Catalogue catalogue : plan.questionnaires()) {
            ChecklistIssuer issuer = new ChecklistIssuer(catalogue, labels, states.names(), seal, templates, Clock.systemUTC());
            ChecklistIssuer.Issued one = issuer.issue(new ChecklistIssuer.Order(nigeria, review, Language.EN, due, null,
                    Set.of(), Map.of(), Map.of()), outbox);
            register.recordChecklistIssued(one.manifest().identity(), one.file().getFileName().toString());
            issued.add(one);
            say.printf("   %-52s %4d fields  (%s, review %s, due %s)%n", one.file().getFileName(),
                    one.manifest().fields().size(), catalogue.instrument(), review, due);
        }
        ChecklistIssuer.Issued first = issued.get(0);
        Path returned = Files.createDirectories(run.resolve("inbox").resolve(STATE))
                .resolve(first.file().getFileName().toString().replace(".docx", "-returned.docx"));
        new ChecklistFiller().fill(first.file(), new SampleAnswers(11, Language.EN).answer(first.manifest().fields()), returned);
        Acknowledgement taken = openDesk.apply(ReturnsDemo.deskConfig(config, run)).take(new Arrival(returned,
                returned.getFileName().toString(), SubmissionSource.FOLDER, null, STATE, Instant.now()));
        say.printf("   %-10s %s%n", taken.disposition(), taken.message());
        ChecklistProgress status = new ChecklistTracker(register, loader.cluster("untoc", 1, 1), states).ofState(STATE)
                .orElseThrow(() -> new IllegalStateException("irm status shows no return of " + STATE));
        Map<String, Map<String, Integer>> byInstrument = new TreeMap<>();
        for (ProvisionProgress p : status.provisions()) {
            byInstrument.computeIfAbsent(p.provision().substring(0, p.provision().indexOf('.')), i -> new TreeMap<>())
                    .merge(p.status(), 1, Integer::sum);
        }
        say.printf("   irm status (irm.instrument=untoc, irm.cluster=1): %s, review %s, %d version(s); provisions by instrument: %s%n",
                status.state(), status.reviewId(), status.versions().size(), byInstrument);
        return Optional.of(new Outcome(issued, status));
    }
}
