package org.irm.analysis;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.irm.catalogue.Article;
import org.irm.catalogue.Catalogue;
import org.irm.catalogue.Language;
import org.irm.catalogue.Provision;
import org.irm.catalogue.State;
import org.irm.catalogue.StateList;
import org.irm.register.Event;
import org.irm.register.NeedCoding;
import org.irm.register.NewReview;
import org.irm.register.Register;
import org.irm.register.ReportRecords;
import org.irm.register.ReviewStage;

/**
 * A large data set for the analysis benchmark (issue 15: 190 States with 20 needs each): every State
 * party of the list (up to the count asked) with a completed review of the catalogue's cycle, its
 * needs on random provisions, coded at random in the scheme's categories (capacity-building needs with
 * a subcategory, some tagged), worded as {@link SecondCycleNeedsDataSet}'s are, and a few
 * recommendations. Deterministic for a seed.
 */
public final class ManyNeedsDataSet {

    private static final String[] CATEGORIES = {CategoryScheme.CAPACITY_BUILDING, CategoryScheme.CAPACITY_BUILDING,
        CategoryScheme.LEGISLATIVE, CategoryScheme.INSTITUTION_BUILDING, CategoryScheme.OTHER};
    private static final String SUBCATEGORIES = "abcdefghijk";

    private final StateList states;
    private final Catalogue catalogue;
    private final long seed;

    public ManyNeedsDataSet(StateList states, Catalogue catalogue, long seed) {
        this.states = states;
        this.catalogue = catalogue;
        this.seed = seed;
    }

    /** Fills the register; returns the number of needs written. */
    public int fill(Register register, int stateCount, int needsEach) {
        Random random = new Random(seed);
        List<State> parties = states.parties().stream().limit(stateCount).toList();
        List<Article> articles = catalogue.articles().toList();
        LocalDate first = LocalDate.of(2017, 1, 1);
        int written = 0;
        for (State state : parties) {
            Instant done = first.plusDays(random.nextInt(1700)).atTime(12, 0).toInstant(ZoneOffset.UTC);
            String reviewId = NewReview.defaultId(catalogue.instrument(), catalogue.cycle(), state.iso3());
            register.reviews().create(new NewReview(reviewId, state.iso3(), catalogue.instrument(), catalogue.cycle(), Language.EN,
                    ReviewStage.DRAFT_REPORT, List.of(), List.of(), null, done.minus(400, ChronoUnit.DAYS)));
            List<ReportRecords.Drawn> blocks = new ArrayList<>();
            List<NeedCoding> codings = new ArrayList<>();
            for (int n = 1; n <= needsEach; n++) {
                Article article = articles.get(random.nextInt(articles.size()));
                Provision provision = article.provisions().get(random.nextInt(article.provisions().size()));
                String category = CATEGORIES[random.nextInt(CATEGORIES.length)];
                List<String> tags = random.nextInt(4) == 0 ? List.of(CategoryScheme.TRAINING) : List.of();
                String key = provision.id() + "/" + ReportItem.TA_NEED + "/s" + n;
                blocks.add(new ReportRecords.Drawn(key, provision.id(), ReportItem.TA_NEED, null,
                        SampleTexts.need(article.number(), category, tags, Language.EN, random), Language.EN, state.iso3(),
                        "answers"));
                codings.add(new NeedCoding(reviewId, key, category, CategoryScheme.CAPACITY_BUILDING.equals(category)
                        ? String.valueOf(SUBCATEGORIES.charAt(random.nextInt(SUBCATEGORIES.length()))) : null,
                        CategoryScheme.CAPACITY_BUILDING.equals(category) ? tags : List.of(), true, Event.PIPELINE,
                        done.plus(20, ChronoUnit.DAYS), null, null));
            }
            for (int r = 1; r <= 5; r++) {
                Article article = articles.get(random.nextInt(articles.size()));
                Provision provision = article.provisions().get(0);
                blocks.add(new ReportRecords.Drawn(provision.id() + "/" + ReportItem.RECOMMENDATION + "/s" + r, provision.id(),
                        ReportItem.RECOMMENDATION, null, SampleTexts.recommendation(article.number(), Language.EN, random),
                        Language.EN, "secretariat", "notes"));
            }
            register.reportRecords().syncDrawn(reviewId, blocks, done.minus(30, ChronoUnit.DAYS));
            register.reviews(Clock.fixed(done, ZoneOffset.UTC)).moveStage(reviewId, ReviewStage.FINAL, "secretariat", false,
                    null);
            register.needCodings().record(codings);
            written += codings.size();
        }
        return written;
    }
}
