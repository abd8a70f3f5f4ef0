package org.irm.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.irm.register.ReviewNotes;

/** The reviews part of {@code irm status}: per provision, who reviewed it and what they left. */
final class ReviewStatus {

    private ReviewStatus() {
    }

    /** JSON rows {@code provision, reviewer, comments, changes, notes}, in the order provisions were first noted. */
    static List<Map<String, Object>> of(ReviewNotes notes, String state) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (ReviewNotes.ProvisionReview review : notes.byProvision(state)) {
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

    static void print(PrintWriter out, List<Map<String, Object>> rows) {
        Map<Object, List<String>> byProvision = new LinkedHashMap<>();
        for (Map<String, Object> row : rows) {
            byProvision.computeIfAbsent(row.get("provision"), p -> new ArrayList<>()).add(String.format(
                    "%s %s comments, %s changes, %s notes", row.get("reviewer"), row.get("comments"), row.get("changes"),
                    row.get("notes")));
        }
        byProvision.forEach((provision, reviewers) ->
                out.printf("  reviewed %-17s %s%n", provision, String.join("; ", reviewers)));
    }
}
