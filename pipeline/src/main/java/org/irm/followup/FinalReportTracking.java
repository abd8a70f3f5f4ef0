package org.irm.followup;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.irm.catalogue.Language;
import org.irm.register.Recommendations;
import org.irm.register.Register;
import org.irm.register.ReportBlockVersion;
import org.irm.register.ReviewRecord;

/**
 * Turns a review's final report into tracked items: every recommendation, good practice and
 * technical-assistance need in its report blocks, as finally edited (the latest version of each
 * block, edits taken back from drafts included), with its text in each language it was written in.
 * A block whose latest version is empty (withdrawn from the report) is not tracked. Tracking is
 * idempotent: the same report tracked again creates nothing, and an item's id never changes.
 *
 * <p>The review stages call {@link #reportFinal(String)} when a review reaches its final stage;
 * {@code irm followup track} calls {@link #trackState(String)}.
 */
public final class FinalReportTracking {

    /** The kinds of report block that become items. */
    static final Set<String> TRACKED_KINDS = Set.of("recommendation", "goodPractice", "taNeed");

    private final Register register;
    private final Clock clock;

    public FinalReportTracking(Register register, Clock clock) {
        this.register = register;
        this.clock = clock;
    }

    /** Thrown when a review has nothing to track: no report blocks at all (no report was drafted). */
    public static final class NothingToTrack extends IllegalStateException {
        public NothingToTrack(String message) {
            super(message);
        }
    }

    /**
     * Tracks the items of a review whose report is final.
     *
     * @throws NothingToTrack when the review's report has no blocks
     * @throws IllegalArgumentException when the review is not registered
     */
    public Recommendations.Tracked reportFinal(String reviewId) {
        ReviewRecord review = register.reviews().find(reviewId).orElseThrow(() -> new IllegalArgumentException(
                "No review " + reviewId + " is registered."));
        return track(review);
    }

    /** Tracks the items of the State's latest review (the most recently created). */
    public Recommendations.Tracked trackState(String iso3) {
        ReviewRecord review = register.reviews().forStateUnderReview(iso3).stream()
                .max(Comparator.comparing(ReviewRecord::createdAt).thenComparing(ReviewRecord::id))
                .orElseThrow(() -> new IllegalArgumentException("No review of " + iso3 + " is registered: draw or "
                        + "register its review first."));
        return track(review);
    }

    private Recommendations.Tracked track(ReviewRecord review) {
        List<ReportBlockVersion> versions = register.reportRecords().versions(review.id());
        if (versions.isEmpty()) {
            throw new NothingToTrack("The report of " + review.id() + " has no blocks: draft the report first (irm report --state "
                    + review.stateUnderReview() + "), take the secretariat's edits back, then track it.");
        }
        return register.recommendations().track(review.id(), review.stateUnderReview(), items(versions),
                ItemIds::id, clock.instant());
    }

    /** The items of a report's blocks, in the report's order (by provision, kind, then item number). */
    static List<Recommendations.NewItem> items(List<ReportBlockVersion> versions) {
        Map<String, List<ReportBlockVersion>> byBlock = new LinkedHashMap<>();
        versions.stream().filter(v -> TRACKED_KINDS.contains(v.kind()))
                .forEach(v -> byBlock.computeIfAbsent(v.blockKey(), k -> new ArrayList<>()).add(v));
        List<Recommendations.NewItem> items = new ArrayList<>();
        for (List<ReportBlockVersion> block : byBlock.values()) {
            block.sort(Comparator.comparingInt(ReportBlockVersion::version));
            ReportBlockVersion latest = block.get(block.size() - 1);
            if (latest.text().isBlank()) {
                continue;
            }
            Map<Language, Recommendations.VersionedText> texts = new LinkedHashMap<>();
            for (ReportBlockVersion version : block) {
                if (!version.text().isBlank()) {
                    texts.put(version.textLanguage(), new Recommendations.VersionedText(version.text().strip(), version.version()));
                }
            }
            items.add(new Recommendations.NewItem(latest.blockKey(), latest.provisionId(), latest.kind(), latest.category(),
                    texts, latest.textLanguage(), latest.priority()));
        }
        items.sort(Comparator.comparing(Recommendations.NewItem::provisionId, FinalReportTracking::compareProvisions)
                .thenComparing(Recommendations.NewItem::kind)
                .thenComparing(item -> item.blockKey(), FinalReportTracking::compareKeys));
        return items;
    }

    /** {@code uncac.5.2} before {@code uncac.5.10}: numbers compared as numbers. */
    static int compareProvisions(String a, String b) {
        String[] x = a.split("\\.");
        String[] y = b.split("\\.");
        for (int i = 0; i < Math.min(x.length, y.length); i++) {
            int c = compareSegments(x[i], y[i]);
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(x.length, y.length);
    }

    private static int compareKeys(String a, String b) {
        String x = a.substring(a.lastIndexOf('/') + 1);
        String y = b.substring(b.lastIndexOf('/') + 1);
        return compareSegments(x, y);
    }

    private static int compareSegments(String x, String y) {
        boolean numbers = !x.isEmpty() && !y.isEmpty() && x.chars().allMatch(Character::isDigit) && y.chars().allMatch(Character::isDigit);
        if (numbers && x.length() < 10 && y.length() < 10) {
            return Integer.compare(Integer.parseInt(x), Integer.parseInt(y));
        }
        return x.compareTo(y);
    }
}
