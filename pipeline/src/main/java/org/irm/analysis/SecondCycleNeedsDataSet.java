package org.irm.analysis;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;
import org.irm.catalogue.Catalogue;
import org.irm.catalogue.Language;
import org.irm.catalogue.Provision;
import org.irm.catalogue.State;
import org.irm.catalogue.StateList;
import org.irm.config.Sha256;
import org.irm.followup.ItemIds;
import org.irm.register.Event;
import org.irm.register.FollowUpItem;
import org.irm.register.NeedCoding;
import org.irm.register.NewReview;
import org.irm.register.Recommendations;
import org.irm.register.Register;
import org.irm.register.ReportRecords;
import org.irm.register.ReviewStage;
import org.irm.register.SubmissionSource;

/**
 * The acceptance data set of issue 15: a register filled with 57 completed second-cycle reviews whose
 * coded needs agree with the figures of the secretariat's note to the ninth session of the Conference
 * ({@code ../shared/data/ta-needs-2021.md}): 39 States with 455 needs; capacity-building 37 States,
 * 223 needs (130 in chapter II, 93 in chapter V); legislative assistance 20 States, 74 needs (37 and 37);
 * institution-building 19 States, 57 needs (43 and 14); 32 States with a chapter II need; the article
 * groups' figures; 13 reviews completed since the November 2020 note, 9 with 60 needs. Deterministic:
 * the same seed writes the same register (which States, dates, wording).
 *
 * <p>Everything is written through the register's own services, as the pipeline would: reviews are
 * created and moved to final (dated by the move), each need, recommendation and good practice is a
 * report block drawn from answers and notes, the secretariat's coding is recorded as confirmed, and the
 * recommendations of the reviews completed before 2020 are tracked with one follow-up return each.
 *
 * <p>The plan: States are numbered 1 to 57 (1-39 identified needs). Each cell of {@link #PLAN} gives a
 * group of articles, a category, how many needs and which States state them: need j of a cell goes to
 * the cell's State j modulo their number, on the cell's article j modulo theirs. The cells were chosen
 * so that every State count of the note comes out of the union of the cells it spans.
 */
public final class SecondCycleNeedsDataSet {

    /** The seed of the acceptance data set. */
    public static final long SEED = 20210916L;
    /** The note's three dates (chart I): August 2019, the November 2020 note, data as of 16 September 2021. */
    public static final List<LocalDate> AS_OF = List.of(LocalDate.of(2019, 8, 31), LocalDate.of(2020, 11, 16),
            LocalDate.of(2021, 9, 16));
    /** Completed reviews. */
    public static final int REVIEWS = 57;

    private static final String CB = CategoryScheme.CAPACITY_BUILDING;
    private static final String LEG = CategoryScheme.LEGISLATIVE;
    private static final String IB = CategoryScheme.INSTITUTION_BUILDING;
    private static final String OTHER = CategoryScheme.OTHER;

    /** Needs of one category on a group of articles, stated by these States (numbers 1-39). */
    record Cell(List<Integer> articles, String category, int needs, List<Integer> states) { }

    static final List<Cell> PLAN = List.of(
            cell(List.of(5, 6), CB, 29, range(1, 18)), cell(List.of(5, 6), IB, 15, range(1, 9)),
            cell(List.of(5, 6), LEG, 10, range(15, 20)), cell(List.of(5, 6), OTHER, 18, range(10, 20)),
            cell(List.of(7, 8), CB, 27, range(5, 27)), cell(List.of(7, 8), IB, 8, range(5, 12)),
            cell(List.of(7, 8), LEG, 8, range(15, 22)), cell(List.of(7, 8), OTHER, 15, range(21, 27)),
            cell(List.of(9), CB, 15, range(17, 31)), cell(List.of(9), IB, 4, List.of(31, 32)),
            cell(List.of(9), LEG, 4, range(29, 32)), cell(List.of(9), OTHER, 10, range(23, 32)),
            cell(List.of(10, 13), CB, 25, join(range(1, 4), range(18, 28))),
            cell(List.of(10, 13), IB, 6, join(range(1, 4), List.of(31, 32))),
            cell(List.of(10, 13), LEG, 6, range(21, 26)), cell(List.of(10, 13), OTHER, 16, range(18, 32)),
            cell(List.of(14), CB, 10, range(14, 23)), cell(List.of(14), IB, 3, List.of(14, 15, 16)),
            cell(List.of(14), LEG, 3, range(27, 29)), cell(List.of(14), OTHER, 4, List.of(14, 30, 31, 32)),
            cell(List.of(11, 12), CB, 24, range(1, 24)), cell(List.of(11, 12), IB, 7, range(1, 7)),
            cell(List.of(11, 12), LEG, 6, range(15, 20)), cell(List.of(11, 12), OTHER, 15, range(1, 15)),
            cell(List.of(51), CB, 20, range(25, 37)), cell(List.of(51), LEG, 8, join(List.of(38, 39), range(15, 20))),
            cell(List.of(51), IB, 3, List.of(39, 10, 11)), cell(List.of(51), OTHER, 6, range(33, 38)),
            cell(List.of(52, 58), CB, 18, range(14, 31)), cell(List.of(52, 58), LEG, 8, range(25, 32)),
            cell(List.of(52, 58), IB, 3, List.of(16, 31, 32)), cell(List.of(52, 58), OTHER, 6, range(17, 22)),
            cell(List.of(53, 54, 55, 56, 57, 59), CB, 55, range(1, 37)),
            cell(List.of(53, 54, 55, 56, 57, 59), LEG, 21, join(range(15, 32), List.of(38, 39))),
            cell(List.of(53, 54, 55, 56, 57, 59), IB, 8, join(List.of(13), range(1, 7))),
            cell(List.of(53, 54, 55, 56, 57, 59), OTHER, 11, range(1, 11)));

    /** States with needs completed since the November 2020 note (their needs: 60), and four without needs. */
    static final Set<Integer> LATE = Set.of(22, 31, 32, 34, 35, 36, 37, 38, 39, 54, 55, 56, 57);
    /** States one of whose capacity-building needs (or more) asks for technological tools: 25 of the 39. */
    static final List<Integer> TOOLS = range(1, 25);
    /** States one of whose capacity-building needs (or more) asks for training: 21 of the 39. */
    static final List<Integer> TRAINING = range(15, 35);

    private static final Map<Integer, String> SUBCATEGORY = Map.ofEntries(Map.entry(5, "k"), Map.entry(6, "k"),
            Map.entry(7, "k"), Map.entry(8, "j"), Map.entry(9, "h"), Map.entry(10, "g"), Map.entry(11, "f"),
            Map.entry(12, "g"), Map.entry(13, "c"), Map.entry(14, "e"), Map.entry(51, "b"), Map.entry(52, "e"),
            Map.entry(53, "d"), Map.entry(54, "a"), Map.entry(55, "b"), Map.entry(56, "i"), Map.entry(57, "d"),
            Map.entry(58, "e"), Map.entry(59, "b"));

    private static final Set<String> FRENCH = Set.of("FRA", "BEL", "SEN", "CIV", "MLI", "BFA", "NER", "TCD", "CMR", "GAB",
            "COG", "COD", "BEN", "TGO", "GIN", "MDG", "HTI", "MAR", "DZA", "TUN", "LUX", "MCO", "BDI", "RWA", "DJI", "COM",
            "CAF", "MRT");
    private static final Set<String> SPANISH = Set.of("ARG", "BOL", "CHL", "COL", "CRI", "CUB", "DOM", "ECU", "SLV", "GTM",
            "HND", "MEX", "NIC", "PAN", "PRY", "PER", "URY", "VEN", "ESP", "GNQ");

    private final StateList states;
    private final Catalogue catalogue;
    private final long seed;

    /**
     * @param catalogue the second cycle's catalogue (chapters II and V): the needs' provisions
     */
    public SecondCycleNeedsDataSet(StateList states, Catalogue catalogue, long seed) {
        this.states = states;
        this.catalogue = catalogue;
        this.seed = seed;
    }

    /** What was written: the States in plan order (the first 39 identified needs), reviews, needs, recommendations. */
    public record Written(List<String> states, int reviews, int needs, int recommendations, int goodPractices,
                          int trackedRecommendations) { }

    /** Fills the register with the data set (into a register that has none of these reviews yet). */
    public Written fill(Register register) {
        Random random = new Random(seed);
        List<State> chosen = chooseStates(random, REVIEWS);
        Map<Integer, List<PlannedNeed>> needs = plannedNeeds();
        List<LocalDate> completed = completionDates(random);
        int needCount = 0;
        int recommendations = 0;
        int goodPractices = 0;
        int tracked = 0;
        for (int number = 1; number <= REVIEWS; number++) {
            State state = chosen.get(number - 1);
            Language language = language(state.iso3());
            Instant done = completed.get(number - 1).atTime(12, 0).toInstant(ZoneOffset.UTC);
            String reviewId = NewReview.defaultId(catalogue.instrument(), catalogue.cycle(), state.iso3());
            register.reviews().create(new NewReview(reviewId, state.iso3(), catalogue.instrument(), catalogue.cycle(),
                    language, ReviewStage.DRAFT_REPORT, List.of(), List.of(), null, done.minus(400, ChronoUnit.DAYS)));
            List<ReportRecords.Drawn> blocks = new ArrayList<>();
            List<NeedCoding> codings = new ArrayList<>();
            Map<String, Integer> numbering = new HashMap<>();
            for (PlannedNeed need : needs.getOrDefault(number, List.of())) {
                String provision = provision(need.article(), need.index());
                String key = provision + "/" + ReportItem.TA_NEED + "/" + numbering.merge(provision + "/t", 1, Integer::sum);
                blocks.add(new ReportRecords.Drawn(key, provision, ReportItem.TA_NEED, null,
                        SampleTexts.need(need.article(), need.category(), need.tags(), language, random), language,
                        state.iso3(), "answers"));
                codings.add(new NeedCoding(reviewId, key, need.category(),
                        CB.equals(need.category()) ? SUBCATEGORY.get(need.article()) : null, need.tags(), true,
                        Event.PIPELINE, done.plus(20, ChronoUnit.DAYS), null, null));
            }
            List<ReportRecords.Drawn> recommended = new ArrayList<>();
            int recommendationCount = 4 + random.nextInt(18);
            for (int i = 0; i < recommendationCount; i++) {
                int article = article(random);
                String provision = provision(article, random.nextInt(8));
                String key = provision + "/" + ReportItem.RECOMMENDATION + "/" + numbering.merge(provision + "/r", 1, Integer::sum);
                recommended.add(new ReportRecords.Drawn(key, provision, ReportItem.RECOMMENDATION, null,
                        SampleTexts.recommendation(article, language, random), language, "secretariat", "notes"));
            }
            int practices = 1 + random.nextInt(5);
            for (int i = 0; i < practices; i++) {
                int article = article(random);
                String provision = provision(article, random.nextInt(8));
                String key = provision + "/" + ReportItem.GOOD_PRACTICE + "/" + numbering.merge(provision + "/g", 1, Integer::sum);
                blocks.add(new ReportRecords.Drawn(key, provision, ReportItem.GOOD_PRACTICE, null,
                        SampleTexts.goodPractice(article, language, random), language, "secretariat", "notes"));
            }
            blocks.addAll(recommended);
            register.reportRecords().syncDrawn(reviewId, blocks, done.minus(30, ChronoUnit.DAYS));
            register.reviews(Clock.fixed(done, ZoneOffset.UTC)).moveStage(reviewId, ReviewStage.FINAL, "secretariat",
                    false, null);
            register.needCodings().record(codings);
            if (done.isBefore(LocalDate.of(2020, 1, 1).atStartOfDay().toInstant(ZoneOffset.UTC))) {
                tracked += track(register, reviewId, state.iso3(), language, recommended, done, random);
            }
            needCount += codings.size();
            recommendations += recommended.size();
            goodPractices += practices;
        }
        return new Written(chosen.stream().map(State::iso3).toList(), REVIEWS, needCount, recommendations, goodPractices,
                tracked);
    }

    /** One need of the plan: the State (1-39), article, category, its tags, and its index in its cell. */
    record PlannedNeed(int state, int article, String category, List<String> tags, int index) { }

    /** The plan's needs by State number, tags given to the States of {@link #TOOLS} and {@link #TRAINING}. */
    static Map<Integer, List<PlannedNeed>> plannedNeeds() {
        Map<Integer, List<PlannedNeed>> byState = new HashMap<>();
        Map<Integer, Integer> capacityNeedsSeen = new HashMap<>();
        for (Cell cell : PLAN) {
            for (int j = 0; j < cell.needs(); j++) {
                int state = cell.states().get(j % cell.states().size());
                int article = cell.articles().get(j % cell.articles().size());
                List<String> tags = List.of();
                if (CB.equals(cell.category())) {
                    // Every third capacity-building need of a State is tagged, its first one always.
                    int seen = capacityNeedsSeen.merge(state, 1, Integer::sum);
                    if (seen % 3 == 1) {
                        Set<String> tagged = new LinkedHashSet<>();
                        if (TOOLS.contains(state)) {
                            tagged.add(CategoryScheme.TECHNOLOGICAL_TOOLS);
                        }
                        if (TRAINING.contains(state) && (seen == 1 || !tagged.isEmpty() || seen % 2 == 1)) {
                            tagged.add(CategoryScheme.TRAINING);
                        }
                        tags = List.copyOf(tagged);
                    }
                }
                byState.computeIfAbsent(state, s -> new ArrayList<>()).add(new PlannedNeed(state, article, cell.category(), tags, j));
            }
        }
        return byState;
    }

    private int track(Register register, String reviewId, String iso3, Language language,
                      List<ReportRecords.Drawn> recommended, Instant done, Random random) {
        List<Recommendations.NewItem> items = recommended.stream().map(block -> new Recommendations.NewItem(block.blockKey(),
                block.provisionId(), ReportItem.RECOMMENDATION, null,
                Map.of(language, new Recommendations.VersionedText(block.text(), 1)), language)).toList();
        Recommendations.Tracked tracked = register.recommendations().track(reviewId, iso3, items, ItemIds::id,
                done.plus(10, ChronoUnit.DAYS));
        String[] statuses = {"implemented", "partially-implemented", "in-progress", "not-started"};
        List<Recommendations.NewStatus> reported = new ArrayList<>();
        for (FollowUpItem item : tracked.items()) {
            if (random.nextInt(5) > 0) {
                reported.add(new Recommendations.NewStatus(item.id(), statuses[random.nextInt(statuses.length)], iso3,
                        "Measures taken are described in the annex.", "", "", List.of()));
            }
        }
        String formId = UUID.nameUUIDFromBytes(("follow-up form " + reviewId).getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .toString();
        register.recommendations().recordReturn(new Recommendations.NewReturn(Sha256.hex("generated return " + reviewId),
                formId, reviewId, iso3, language, SubmissionSource.FOLDER, null, "followup-" + iso3 + ".docx",
                done.plus(400, ChronoUnit.DAYS), ""), reported);
        return tracked.items().size();
    }

    /** 57 States parties to the instrument, drawn with the seed from the States list. */
    private List<State> chooseStates(Random random, int count) {
        List<State> parties = new ArrayList<>(states.all().stream().filter(s -> s.isPartyTo(catalogue.instrument()))
                .sorted(Comparator.comparing(State::iso3)).toList());
        if (parties.size() < count) {
            throw new IllegalStateException("The States list has " + parties.size() + " parties; the data set needs " + count);
        }
        java.util.Collections.shuffle(parties, random);
        return List.copyOf(parties.subList(0, count));
    }

    /** Completion dates: the 13 of {@link #LATE} after the November 2020 note, of the rest 26 before August 2019. */
    private static List<LocalDate> completionDates(Random random) {
        List<Integer> early = new ArrayList<>(IntStream.rangeClosed(1, REVIEWS).filter(n -> !LATE.contains(n)).boxed().toList());
        java.util.Collections.shuffle(early, random);
        Set<Integer> beforeAugust2019 = Set.copyOf(early.subList(0, 26));
        List<LocalDate> dates = new ArrayList<>();
        for (int number = 1; number <= REVIEWS; number++) {
            LocalDate from;
            LocalDate to;
            if (LATE.contains(number)) {
                from = AS_OF.get(1).plusDays(1);
                to = AS_OF.get(2);
            } else if (beforeAugust2019.contains(number)) {
                from = LocalDate.of(2017, 6, 1);
                to = AS_OF.get(0);
            } else {
                from = AS_OF.get(0).plusDays(1);
                to = AS_OF.get(1);
            }
            dates.add(from.plusDays(random.nextInt((int) ChronoUnit.DAYS.between(from, to) + 1)));
        }
        return dates;
    }

    private String provision(int article, int index) {
        List<Provision> provisions = catalogue.article(article).orElseThrow(() -> new IllegalStateException(
                "The catalogue " + catalogue.id() + " has no article " + article)).provisions();
        return provisions.get(Math.floorMod(index, provisions.size())).id();
    }

    /** An article for a recommendation or good practice: any article of the catalogue. */
    private int article(Random random) {
        List<Integer> articles = catalogue.articles().map(a -> a.number()).toList();
        return articles.get(random.nextInt(articles.size()));
    }

    private static Language language(String iso3) {
        return FRENCH.contains(iso3) ? Language.FR : SPANISH.contains(iso3) ? Language.ES : Language.EN;
    }

    private static Cell cell(List<Integer> articles, String category, int needs, List<Integer> states) {
        return new Cell(articles, category, needs, states);
    }

    private static List<Integer> range(int from, int to) {
        return IntStream.rangeClosed(from, to).boxed().toList();
    }

    private static List<Integer> join(List<Integer> a, List<Integer> b) {
        List<Integer> joined = new ArrayList<>(a);
        joined.addAll(b);
        return List.copyOf(joined);
    }
}
