package org.irm.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.irm.catalogue.ArticleRef;
import org.irm.register.ReviewNotes.ProvisionReview;
import org.irm.review.ReviewAssignments;

/**
 * The reviews part of {@code irm status}: per provision, who reviewed it and what they left; per
 * reviewer (and each expert of it), what is assigned, returned and outstanding.
 */
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

    /**
     * JSON rows {@code reviewer, expert, name, assigned, returned, outstanding, flagged, lastReturned}:
     * per drawn reviewer, its experts' shares and what no expert of it holds.
     */
    static List<Map<String, Object>> reviewersJson(List<ReviewAssignments.Progress> lines) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (ReviewAssignments.Progress line : lines) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("reviewer", line.reviewer());
            row.put("expert", line.expert());
            row.put("name", line.name());
            row.put("assigned", articlesJson(line.assigned()));
            row.put("returned", articlesJson(line.returned()));
            row.put("outstanding", articlesJson(line.outstanding()));
            row.put("flagged", articlesJson(line.flagged()));
            row.put("lastReturned", line.lastReturned() == null ? null : line.lastReturned().toString());
            rows.add(row);
        }
        return rows;
    }

    /** One line per reviewer or expert: "reviewer FRA marie@... (Marie Curie): assigned 5, 6; returned 5, 6; outstanding none". */
    static void printReviewers(PrintWriter out, List<ReviewAssignments.Progress> lines) {
        for (ReviewAssignments.Progress line : lines) {
            String who = line.expert() == null ? line.reviewer() + (lines.stream().anyMatch(l -> l.expert() != null
                    && l.reviewer().equals(line.reviewer())) ? " (articles no expert holds)" : " (whole checklist)")
                    : line.reviewer() + " " + line.expert() + (line.name() == null ? "" : " (" + line.name() + ")");
            out.printf("  reviewer %s: assigned %s; returned %s; outstanding %s%s%n", who, numbers(line.assigned()),
                    numbers(line.returned()), numbers(line.outstanding()), line.flagged().isEmpty() ? ""
                            : "; FLAGGED: its copy carried " + numbers(line.flagged()) + ", not assigned to it");
        }
    }

    /** Every instrument's article as its number (5, as before), one instrument's as text ("tip:5"). */
    static List<Object> articlesJson(List<ArticleRef> articles) {
        return articles.stream().<Object>map(a -> a.instrument() == null ? Integer.valueOf(a.number()) : a.toString()).toList();
    }

    private static String numbers(List<ArticleRef> numbers) {
        return numbers.isEmpty() ? "none" : String.join(", ", numbers.stream().map(ArticleRef::toString).toList());
    }
}
