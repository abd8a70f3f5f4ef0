package org.irm.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.irm.register.ReviewNotes.ProvisionReview;

/** The reviews part of {@code irm status}: per provision, who reviewed it and what they left. */
final class ReviewStatus {

    private ReviewStatus() {
    }

    /** JSON rows {@code provision, reviewer, comments, changes, notes}, in the order provisions were first noted. */
    static List<Map<String, Object>> json(List<ProvisionReview> reviews) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (ProvisionReview review : reviews) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("provision", review.provisionId());
            row.put("reviewer", review.reviewingState());
            row.put("comments", review.comments());
            row.put("changes", review.changes());
            row.put("notes", review.reviewerFields());
            rows.add(row);
        }
        return rows;
    }

    static void print(PrintWriter out, List<ProvisionReview> reviews) {
        Map<String, List<String>> byProvision = new LinkedHashMap<>();
        for (ProvisionReview review : reviews) {
            byProvision.computeIfAbsent(review.provisionId(), p -> new ArrayList<>()).add(String.format(
                    "%s %s comments, %s changes, %s notes", review.reviewingState(), review.comments(), review.changes(),
                    review.reviewerFields()));
        }
        byProvision.forEach((provision, reviewers) ->
                out.printf("  reviewed %-17s %s%n", provision, String.join("; ", reviewers)));
    }
}
