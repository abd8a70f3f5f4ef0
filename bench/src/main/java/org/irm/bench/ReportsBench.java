package org.irm.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
 * through {@link ReportService#regenerateIfChanged}, as {@code irm report} does, with the register
 * of the environment's home (a fresh embedded H2) recording each draft. The reviews are the
 * sample reviews the report tests use ({@link SampleReview}: every provision answered, reviewers'
 * notes), one per State, reviewed by the next two parties in the list.
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
        Map<String, FixedReportInputs> reviews = new HashMap<>();
        List<State> under = parties.subList(0, Math.min(count, parties.size()));
        for (int i = 0; i < under.size(); i++) {
            State state = under.get(i);
            List<State> reviewers = List.of(parties.get((i + 1) % parties.size()), parties.get((i + 2) % parties.size()));
            reviews.put(state.iso3(), SampleReview.of(catalogue, state, Language.EN, reviewers, i + 1));
        }
        Files.createDirectories(folder);
        long start = System.nanoTime();
        Register register = Register.open(config);
        ReportService service = new ReportService(catalogue, labels, new ReportRenderer(config.templates(), labels),
                new ByState(reviews), register, Translator.NONE, ReportService.Options.from(config),
                new IdentitySeal(SecretKeys.sealingKey(config)), Clock.systemUTC());
        List<Language> languages = List.of(Language.values());
        int written = 0;
        for (State state : under) {
            written += service.regenerateIfChanged(state.iso3(), languages, List.of(ReportKind.REPORT), folder).size();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("reports %d seconds %.3f%n", written, seconds);
    }

    /** Each State's sample review, looked up by ISO3. */
    private record ByState(Map<String, FixedReportInputs> reviews) implements ReportInputs {
        @Override
        public Optional<ReviewFacts> review(String state) {
            return Optional.ofNullable(reviews.get(state)).flatMap(r -> r.review(state));
        }

        @Override
        public StateAnswers answers(ReviewFacts review) {
            return reviews.get(review.state()).answers(review);
        }

        @Override
        public List<ReviewerNote> notes(ReviewFacts review) {
            return reviews.get(review.state()).notes(review);
        }
    }
}
