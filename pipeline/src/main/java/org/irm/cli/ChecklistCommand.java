package org.irm.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import org.irm.catalogue.Catalogue;
import org.irm.catalogue.CatalogueException;
import org.irm.catalogue.CatalogueLoader;
import org.irm.catalogue.FieldId;
import org.irm.catalogue.I18nLabels;
import org.irm.catalogue.Language;
import org.irm.catalogue.State;
import org.irm.catalogue.StateList;
import org.irm.checklist.ChecklistIssuer;
import org.irm.checklist.ClusterQuestionnaires;
import org.irm.config.IrmConfig;
import org.irm.config.SecretKeys;
import org.irm.config.Setting;
import org.irm.identity.IdentitySeal;
import org.irm.mail.ChecklistDispatch;
import org.irm.mail.MailTexts;
import org.irm.mail.SmtpSender;
import org.irm.mail.SmtpSettings;
import org.irm.register.Deadline;
import org.irm.register.Register;
import org.irm.stages.ReviewTimeline;
import org.irm.submission.ChecklistAnswers;
import org.irm.submission.DocumentInspector;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code irm checklist}: writes the self-assessment checklist for a State. */
@Command(name = "checklist", mixinStandardHelpOptions = true,
        header = "Write the self-assessment checklist (.docx) for a State, cycle and language.",
        description = {
            "Writes one Word document with a content control for every answer, sealed with the State's identity,",
            "into watch-folders/outbox/<ISO3>/ (or --out). An earlier file is never overwritten.",
            "With --agency and --provisions it writes only that agency's share of the checklist.",
            "With --cluster (UNTOC, reviewed by thematic cluster) it writes one questionnaire of the cluster for the",
            "Convention and one for each of its Protocols the State is party to (States list: untoc_party, tip_party,",
            "som_party, fa_party), all of one review."
        })
public final class ChecklistCommand implements Callable<Integer> {

    @Mixin
    StateOption state;

    @Option(names = "--language", defaultValue = "en", paramLabel = "LANG",
            description = "Language of the checklist: ar, en, es, fr, ru or zh (default: ${DEFAULT-VALUE}).")
    String language;

    @Option(names = "--cycle", paramLabel = "N", description = "Review cycle (default: irm.cycle, 2).")
    Integer cycle;

    @Option(names = "--instrument", paramLabel = "NAME", description = "Instrument (default: irm.instrument, uncac).")
    String instrument;

    @Option(names = "--cluster", paramLabel = "N", description = "Thematic cluster of a mechanism reviewed by cluster "
            + "(--instrument untoc): 1 criminalization and jurisdiction, 2 prevention, technical assistance, protection and "
            + "other measures, 3 law enforcement and the judicial system, 4 international cooperation. Cycle default: 1.")
    Integer cluster;

    @Option(names = "--review-id", paramLabel = "ID", description = "Review id (default: <instrument>-<cycle>-<ISO3>).")
    String reviewId;

    @Option(names = "--deadline", paramLabel = "YYYY-MM-DD", description = "Deadline shown on the cover (default: the review's "
            + "self-assessment deadline in the register, set by irm lots; for a review not drawn, the instrument's timeline "
            + "in templates/lots/ counted from today).")
    LocalDate deadline;

    @Option(names = "--agency", paramLabel = "NAME", description = "Write only this national agency's share.")
    String agency;

    @Option(names = "--provisions", split = ",", paramLabel = "ARTICLE",
            description = "Articles of the agency's share, e.g. 9,10,13 (needs --agency).")
    List<Integer> provisions;

    @Option(names = "--previous", paramLabel = "FILE",
            description = "A filled checklist of an earlier review whose answers pre-fill this one.")
    Path previous;

    @Option(names = "--observations", paramLabel = "CSV",
            description = "Last cycle's observations to pre-fill, as CSV rows: provision id, observation.")
    Path observations;

    @Mixin
    OutboxFolder outbox;

    @Option(names = "--send", description = "E-mail the checklist to the State's registered focal points (SMTP "
            + "settings irm.mail.smtp.*), with instructions and the deadline in the checklist's language; recorded in the register.")
    boolean send;

    @Mixin
    ConfigOptions configOptions;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException, CatalogueException {
        IrmConfig config = configOptions.config();
        StateList states = StateList.load(config.templates());
        State under = KnownStates.find(states, state.iso3());
        if (provisions != null && agency == null) {
            throw new UserInputException("--provisions selects an agency's share: name the agency with --agency.");
        }
        String named = instrument != null ? instrument : config.get(Setting.INSTRUMENT);
        CatalogueLoader loader = new CatalogueLoader(config.templates());
        List<Catalogue> questionnaires;
        if (cluster != null) {
            questionnaires = clusterQuestionnaires(loader, under, named, config);
        } else {
            int wholeCycle = cycle != null ? cycle : config.getInt(Setting.CYCLE);
            if (!loader.exists(named, wholeCycle, 0) && loader.exists(named, cycle != null ? cycle : 1, 1)) {
                throw new UserInputException(named + " is reviewed by thematic cluster: name one with --cluster N (1 to 4).");
            }
            Catalogue catalogue = loader.load(named, wholeCycle);
            if (!under.isPartyTo(catalogue.instrument())) {
                throw new UserInputException(under.name() + " is not a party to the Convention according to the States list.");
            }
            questionnaires = List.of(catalogue);
        }
        IdentitySeal seal = new IdentitySeal(SecretKeys.sealingKey(config));
        try (Register register = Register.open(config)) {
            ChecklistDispatch dispatch = send ? checklistDispatch(config, register) : null;
            if (dispatch != null) {
                dispatch.recipients(under.iso3()); // before writing anything: a checklist that cannot be sent is not issued
            }
            Catalogue first = questionnaires.get(0);
            // A Protocol's questionnaire belongs to the review of its mechanism (untoc-1-BRA), as the Convention's does.
            String review = reviewId != null ? reviewId : first.mechanism() + "-" + first.cycle() + "-" + under.iso3();
            LocalDate due = deadline(new ReviewTimeline(register.reviews(), config.templates()), review, first, config.clock());
            for (Catalogue catalogue : questionnaires) {
                ChecklistIssuer issuer = new ChecklistIssuer(catalogue, I18nLabels.load(config.templates()), states.names(),
                        seal, config.templates(), config.clock());
                ChecklistIssuer.Order order = order(under, catalogue, seal, review, due);
                ChecklistIssuer.Issued issued = issuer.issue(order, folder(config, under));
                register.recordChecklistIssued(issued.manifest().identity(), issued.file().getFileName().toString());
                spec.commandLine().getOut().printf("Wrote %s: %d answer fields, checklist %s (recorded in the register)%n",
                        issued.file(), issued.manifest().fields().size(), issued.manifest().identity().checklistId());
                if (dispatch != null) {
                    List<String> to = dispatch.send(issued.manifest().identity(), states.name(under.iso3(), order.language()),
                            order.deadline(), issued.file());
                    spec.commandLine().getOut().printf("Sent it to %s%n", String.join(", ", to));
                }
            }
            return 0;
        }
    }

    /**
     * The questionnaires of the cluster the State gets: the Convention's and its Protocols' it is party
     * to. The cycle is {@code --cycle}, else {@code irm.cycle} when {@code irm.instrument} is this one, else 1.
     */
    private List<Catalogue> clusterQuestionnaires(CatalogueLoader loader, State under, String named, IrmConfig config)
            throws CatalogueException {
        if (agency != null) {
            throw new UserInputException("--agency shares are not issued for a cluster's questionnaires: issue the whole "
                    + "questionnaires and let the agencies fill them with Track Changes on.");
        }
        int clusterCycle = cycle != null ? cycle
                : named.equals(config.get(Setting.INSTRUMENT)) ? config.getInt(Setting.CYCLE) : 1;
        try {
            ClusterQuestionnaires plan = ClusterQuestionnaires.plan(loader, under, named, clusterCycle, cluster);
            if (!plan.notParty().isEmpty()) {
                spec.commandLine().getOut().printf("%s is not party to %s according to the States list: no questionnaire "
                        + "for %s.%n", under.iso3(), String.join(", ", plan.notParty()),
                        plan.notParty().size() == 1 ? "it" : "them");
            }
            if (!plan.unknown().isEmpty()) {
                spec.commandLine().getOut().printf("The States list does not say whether %s is party to %s (empty "
                        + "cells): no questionnaire for %s yet; once the list says so, issue one with --instrument %s "
                        + "--cluster %d.%n", under.iso3(), String.join(", ", plan.unknown()),
                        plan.unknown().size() == 1 ? "it" : "them", plan.unknown().get(0), cluster);
            }
            return plan.questionnaires();
        } catch (ClusterQuestionnaires.NotIssuable e) {
            throw new UserInputException(e.getMessage());
        }
    }

    private static ChecklistDispatch checklistDispatch(IrmConfig config, Register register) throws CatalogueException {
        SmtpSender smtp = new SmtpSender(SmtpSettings.from(config).required("irm checklist --send"));
        return new ChecklistDispatch(register, new MailTexts(config.templates()), I18nLabels.load(config.templates()),
                smtp, config.clock());
    }

    /**
     * The cover's deadline: the review's self-assessment deadline (the draw put it in the register,
     * from the mechanism's timeline), else the timeline counted from today; {@code --deadline} says
     * otherwise for this checklist, with a note when it differs from the register's.
     */
    private LocalDate deadline(ReviewTimeline timeline, String review, Catalogue catalogue, Clock clock) throws IOException {
        Optional<LocalDate> registered = timeline.registered(review, Deadline.SELF_ASSESSMENT);
        if (deadline != null) {
            registered.filter(date -> !date.equals(deadline)).ifPresent(date -> spec.commandLine().getErr().println(
                    "Note: the cover says " + deadline + " (--deadline); the register's self-assessment deadline of "
                            + review + ", which the reminders follow, is " + date + "."));
            return deadline;
        }
        return timeline.due(review, catalogue.mechanism(), Deadline.SELF_ASSESSMENT, LocalDate.now(clock))
                .orElseThrow(() -> new UserInputException("The timeline of " + catalogue.mechanism()
                        + " has no self-assessment deadline (timeline.selfAssessment): give the cover's --deadline."));
    }

    private ChecklistIssuer.Order order(State under, Catalogue catalogue, IdentitySeal seal, String review, LocalDate due)
            throws IOException {
        Set<Integer> articles = new LinkedHashSet<>(provisions == null ? List.of() : provisions);
        for (Integer article : articles) {
            if (catalogue.article(article).isEmpty()) {
                throw new UserInputException("Article " + article + " is not reviewed in " + catalogue.id() + ".");
            }
        }
        return new ChecklistIssuer.Order(under, review, Language.of(language), due, agency, articles,
                previous == null ? Map.of() : new ChecklistAnswers(new DocumentInspector(seal)).read(previous),
                observations == null ? Map.of() : readObservations(observations));
    }

    private Path folder(IrmConfig config, State under) {
        return outbox.forState(config, under.iso3());
    }

    private static Map<String, String> readObservations(Path csv) throws IOException {
        Map<String, String> byProvision = new HashMap<>();
        int line = 0;
        for (String row : Files.readAllLines(csv, StandardCharsets.UTF_8)) {
            line++;
            if (row.isBlank() || row.startsWith("#")) {
                continue;
            }
            int comma = row.indexOf(',');
            if (comma <= 0) {
                throw new UserInputException(csv + ":" + line + ": expected 'provision id,observation'");
            }
            String text = row.substring(comma + 1).trim();
            if (text.length() >= 2 && text.startsWith("\"") && text.endsWith("\"")) {
                text = text.substring(1, text.length() - 1).replace("\"\"", "\"");
            }
            byProvision.put(row.substring(0, comma).trim(), text);
        }
        return byProvision;
    }
}
