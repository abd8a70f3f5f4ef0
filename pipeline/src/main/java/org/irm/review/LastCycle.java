package org.irm.review;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.irm.register.FollowUpItem;
import org.irm.register.FollowUpStatus;
import org.irm.register.Register;
import org.irm.register.ReviewRecord;

/**
 * What the State's review of the last cycle left on each provision, from the recommendation
 * register: the facts a {@link PriorityRule} orders provisions by. The last cycle is the latest
 * earlier cycle of the same instrument that the register holds a review of for the State; an item
 * is open until its latest follow-up status says {@code implemented} or {@code not-applicable}.
 */
public final class LastCycle {

    private static final Set<String> CLOSED = Set.of("implemented", "not-applicable");

    private final Register register;

    public LastCycle(Register register) {
        this.register = register;
    }

    /** The facts for a review: empty when the State has no earlier review with tracked items. */
    public PriorityFacts facts(ReviewRecord review) {
        List<ReviewRecord> earlier = register.reviews().forStateUnderReview(review.stateUnderReview()).stream()
                .filter(r -> r.instrument().equals(review.instrument()) && r.cycle() < review.cycle()).toList();
        int last = earlier.stream().mapToInt(ReviewRecord::cycle).max().orElse(-1);
        Set<String> lastReviews = new HashSet<>();
        earlier.stream().filter(r -> r.cycle() == last).forEach(r -> lastReviews.add(r.id()));
        Map<String, Set<String>> facts = new HashMap<>();
        for (FollowUpItem item : register.recommendations().ofState(review.stateUnderReview())) {
            if (!lastReviews.contains(item.reviewId())) {
                continue;
            }
            switch (item.kind()) {
                case "recommendation" -> {
                    add(facts, PriorityFacts.LAST_CYCLE_RECOMMENDATION, item.provisionId());
                    if (open(item)) {
                        add(facts, PriorityFacts.OPEN_RECOMMENDATION, item.provisionId());
                    }
                }
                case "taNeed" -> add(facts, PriorityFacts.LAST_CYCLE_TA_NEED, item.provisionId());
                case "goodPractice" -> add(facts, PriorityFacts.LAST_CYCLE_GOOD_PRACTICE, item.provisionId());
                default -> { }
            }
        }
        return new PriorityFacts(facts);
    }

    private boolean open(FollowUpItem item) {
        List<FollowUpStatus> history = register.recommendations().history(item.id());
        return history.isEmpty() || !CLOSED.contains(history.get(history.size() - 1).status());
    }

    private static void add(Map<String, Set<String>> facts, String criterion, String provisionId) {
        facts.computeIfAbsent(criterion, c -> new HashSet<>()).add(provisionId);
    }
}
