package org.irm.analysis;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.irm.catalogue.Catalogue;
import org.irm.catalogue.Chapter;
import org.irm.catalogue.State;
import org.irm.catalogue.StateList;
import org.irm.register.Register;
import org.irm.register.ReportBlockVersion;
import org.irm.register.ReviewRecord;
import org.irm.register.ReviewStage;

/**
 * Reads what the analysis counts from the register: the reviews of an instrument and cycle whose
 * report is final (stage {@code final} or {@code follow-up}, dated by their last move to final), and
 * the needs, recommendations and good practices of their reports (the latest version of each report
 * block, as edited; a block emptied in a later draft is no longer counted).
 */
public final class CompletedReviews {

    private static final Set<String> KINDS = Set.of(ReportItem.TA_NEED, ReportItem.RECOMMENDATION, ReportItem.GOOD_PRACTICE);
    private static final Set<ReviewStage> COMPLETED = Set.of(ReviewStage.FINAL, ReviewStage.FOLLOW_UP);
    private static final Pattern ARTICLE = Pattern.compile("^[a-z][a-z0-9-]*\\.(\\d+)(\\..*)?$");

    private final Register register;
    private final StateList states;
    private final Map<Integer, String> chapterOfArticle = new HashMap<>();

    /**
     * @param catalogue the cycle's catalogue: which chapter each article is in
     */
    public CompletedReviews(Register register, StateList states, Catalogue catalogue) {
        this.register = register;
        this.states = states;
        for (Chapter chapter : catalogue.chapters()) {
            chapter.articles().forEach(article -> chapterOfArticle.put(article.number(), chapter.number()));
        }
    }

    /** What the register holds for the analysis. */
    public record Snapshot(List<CompletedReview> reviews, List<ReportItem> items) {
        public Snapshot {
            reviews = List.copyOf(reviews);
            items = List.copyOf(items);
        }

        public List<ReportItem> ofKind(String kind) {
            return items.stream().filter(item -> item.kind().equals(kind)).toList();
        }
    }

    /** The completed reviews of the instrument and cycle, by completion date then State, with their items. */
    public Snapshot read(String instrument, int cycle) {
        List<CompletedReview> reviews = new ArrayList<>();
        List<ReportItem> items = new ArrayList<>();
        for (ReviewRecord review : register.reviews().forInstrument(instrument)) {
            if (review.cycle() != cycle || !COMPLETED.contains(review.stage())) {
                continue;
            }
            Instant completed = register.reviews().reached(review.id(), ReviewStage.FINAL).orElse(review.createdAt());
            Optional<State> state = states.find(review.stateUnderReview());
            reviews.add(new CompletedReview(review.id(), review.stateUnderReview(),
                    state.map(State::name).orElse(review.stateUnderReview()),
                    state.map(State::regionalGroup).orElse(""), cycle, LocalDate.ofInstant(completed, ZoneOffset.UTC)));
        }
        reviews.sort(Comparator.comparing(CompletedReview::completedOn).thenComparing(CompletedReview::state));
        for (CompletedReview review : reviews) {
            Map<String, ReportBlockVersion> latest = new LinkedHashMap<>();
            for (ReportBlockVersion version : register.reportRecords().versions(review.reviewId())) {
                if (KINDS.contains(version.kind())) {
                    latest.put(version.blockKey(), version);
                }
            }
            for (ReportBlockVersion block : latest.values()) {
                if (block.text().isBlank()) {
                    continue;
                }
                int article = article(block.provisionId());
                items.add(new ReportItem(review, block.kind(), block.blockKey(), block.provisionId(),
                        chapterOfArticle.getOrDefault(article, ""), article, block.text().strip(), block.textLanguage()));
            }
        }
        return new Snapshot(reviews, items);
    }

    private static int article(String provisionId) {
        Matcher matcher = ARTICLE.matcher(provisionId);
        return matcher.matches() ? Integer.parseInt(matcher.group(1)) : 0;
    }
}
