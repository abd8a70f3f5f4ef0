package org.irm.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.irm.catalogue.Catalogue;
import org.irm.catalogue.CatalogueLoader;
import org.irm.catalogue.I18nLabels;
import org.irm.catalogue.Language;
import org.irm.catalogue.State;
import org.irm.catalogue.StateList;
import org.irm.identity.IdentitySeal;
import org.irm.config.IrmConfig;
import org.irm.config.SecretKeys;
import org.irm.register.Register;
import org.irm.demo.FixedReportInputs;
import org.irm.report.ReportInputs;
import org.irm.report.ReportKind;
import org.irm.report.ReportRenderer;
import org.irm.report.ReportService;
import org.irm.report.ReviewFacts;
import org.irm.report.ReviewerNote;
import org.irm.demo.SampleReview;
import org.irm.report.StateAnswers;
import org.irm.report.Translator;

/**
 * The report benchmark: drafts the country report of N States in every language into a folder
 * through {@link ReportService#regenerateEach}, as {@code irm report --all-states} does, with the register
 * of the environment's home (a fresh embedded H2) recording each draft. The reviews are the
 * sample reviews the report tests use ({@link SampleReview}: every provision answered, reviewers'
 * notes), one per State, reviewed by the next two parties in the list, made as each State's turn comes.
 *
 * <p>Usage: {@code ReportsBench FOLDER N}; prints {@code reports <count> seconds <s>} on stdout.
 */
public final class ReportsBench {

    private ReportsBench() {
    }

    public static void main(String[] args) throws Exception {
        Path folder = Path.of(args[0]);
        int count = Integer.parseInt(args[1]);
        IrmConfig config = IrmConfig.defaults();
        Catalogue catalogue = CatalogueLoader.configured(config);
        I18nLabels labels = I18nLabels.load(config.templates());
        List<State> parties = StateList.load(config.templates()).parties();
        List<State> under = parties.subList(0, Math.min(count, parties.size()));
        Files.createDirectories(folder);
        long start = System.nanoTime();
        Register register = Register.open(config);
        ReportService service = new ReportService(catalogue, labels, new ReportRenderer(config.templates(), labels),
                new ByState(catalogue, parties), register, Translator.NONE, ReportService.Options.from(config),
                new IdentitySeal(SecretKeys.sealingKey(config)), Clock.systemUTC());
        List<Language> languages = List.of(Language.values());
        int[] written = {0};
        // As irm report --all-states drafts: each State in turn, the next one's inputs read while the drafters draft.
        service.regenerateEach(under.stream().map(State::iso3).toList(), review -> languages, List.of(ReportKind.REPORT),
                state -> folder, (state, outcomes) -> written[0] += outcomes.size());
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("reports %d seconds %.3f%n", written[0], seconds);
    }

    /**
     * Each State's sample review, made when its drafts first ask for it (the same review whenever it
     * is made: SampleReview is seeded by the State's place in the list) and kept until the next
     * State's: as the register's inputs of {@code irm report} are read one State at a time. The
     * reviews of 190 States held at once took 20 MB of a 64 MB heap.
     */
    private static final class ByState implements ReportInputs {
        private final Catalogue catalogue;
        private final List<State> parties;
        private String current;
        private FixedReportInputs review;

        ByState(Catalogue catalogue, List<State> parties) {
            this.catalogue = catalogue;
            this.parties = parties;
        }

        /** The State's review, reviewed by the next two parties in the list. */
        private synchronized Optional<FixedReportInputs> of(String state) {
            if (!state.equals(current)) {
                int i = 0;
                while (i < parties.size() && !parties.get(i).iso3().equals(state)) {
                    i++;
                }
                if (i == parties.size()) {
                    return Optional.empty();
                }
                List<State> reviewers = List.of(parties.get((i + 1) % parties.size()), parties.get((i + 2) % parties.size()));
                review = SampleReview.of(catalogue, parties.get(i), Language.EN, reviewers, i + 1);
                current = state;
            }
            return Optional.of(review);
        }

        @Override
        public Optional<ReviewFacts> review(String state) {
            return of(state).flatMap(r -> r.review(state));
        }

        @Override
        public StateAnswers answers(ReviewFacts review) {
            return of(review.state()).orElseThrow().answers(review);
        }

        @Override
        public List<ReviewerNote> notes(ReviewFacts review) {
            return of(review.state()).orElseThrow().notes(review);
        }
    }
}
