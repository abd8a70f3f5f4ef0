package org.irm.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.irm.submission.InspectionReport;

/** The human-readable form of an inspection: counts first, then what needs attention. */
final class InspectionSummary {

    private InspectionSummary() {
    }

    static String of(InspectionReport report, Path file) {
        StringBuilder text = new StringBuilder();
        line(text, "File", file.toString());
        line(text, "Format", report.format().description() + " (" + report.format().name() + ")");
        line(text, "Saved by", report.application() == null ? "(not recorded)" : report.application());
        InspectionReport.Identity identity = report.identity();
        if (identity == null) {
            line(text, "Identity", "none: not a checklist issued by the secretariat");
        } else {
            line(text, "Identity", identity.state() + ", review " + identity.reviewId() + ", " + identity.instrument()
                    + " cycle " + identity.cycle() + (identity.cluster() == null ? "" : " cluster " + identity.cluster())
                    + ", " + identity.language() + ", " + identity.part());
            line(text, "Seal", identity.signatureValid() ? "valid" : "NOT VALID: " + identity.message());
        }
        line(text, "Content controls", report.contentControls().size() + count(report.contentControls(), InspectionReport.Control::kind));
        line(text, "Comments", report.comments().size() + " by "
                + report.comments().stream().map(InspectionReport.CommentItem::author).distinct().count() + " author(s)");
        line(text, "Tracked changes", report.revisions().size() + count(report.revisions(), InspectionReport.RevisionItem::type));
        if (identity != null) {
            long answered = report.answers().stream().filter(a -> !a.value().isEmpty() && !a.value().equals("false")).count();
            line(text, "Answers", report.answers().size() + " fields read, " + answered + " with an answer"
                    + count(report.answers(), InspectionReport.AnswerItem::foundBy));
        }
        if (!report.problems().isEmpty()) {
            text.append("Problems:\n");
            report.problems().forEach(p -> text.append("  - ").append(p.message()).append('\n'));
        }
        return text.toString().stripTrailing();
    }

    private static <T> String count(List<T> items, Function<T, String> key) {
        if (items.isEmpty()) {
            return "";
        }
        Map<String, Long> counts = items.stream().collect(Collectors.groupingBy(key, TreeMap::new, Collectors.counting()));
        return " (" + counts.entrySet().stream().map(e -> e.getValue() + " " + e.getKey())
                .collect(Collectors.joining(", ")) + ")";
    }

    private static void line(StringBuilder text, String label, String value) {
        text.append(String.format("%-17s %s%n", label + ":", value));
    }
}
