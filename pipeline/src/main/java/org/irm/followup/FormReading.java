package org.irm.followup;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.irm.catalogue.DocumentDates;
import org.irm.catalogue.FieldId;
import org.irm.catalogue.Language;
import org.irm.docx.DocxReading;
import org.irm.docx.RefusedDocumentException;
import org.irm.docx.WordPackage;
import org.irm.identity.ChecklistManifest;
import org.irm.identity.FieldMapEntry;
import org.irm.identity.FieldMarks;
import org.irm.register.Answer;
import org.irm.register.FollowUpStep;
import org.irm.submission.AnswerExtractor;

/**
 * Reads a filled follow-up form: each item's status, measures, evidence and technical assistance
 * from its content controls (found by tag, bookmark or field map, as a checklist's answers are), and
 * its action plan from the table under the plan's bookmark, every non-empty row after the header a
 * step. Validates as it reads: a status that is none of the five, a step's target date that is no
 * date, a step's status that is none of the five, a row with no step: each is a finding, and the
 * State's text is kept as written.
 */
final class FormReading {

    private final FollowUpLabels labels;
    private final AnswerExtractor extractor = new AnswerExtractor();

    FormReading(FollowUpLabels labels) {
        this.labels = labels;
    }

    /** What the State reported on one item. */
    record ItemReport(String itemId, String provisionId, String status, String measures, String evidence,
                      String taNeeded, List<FollowUpStep> steps) { }

    /**
     * Something to fix: on which item, the finding's label key and its arguments, and the bookmark of
     * the place in the form the State is to look at.
     */
    record FormFinding(String itemId, String code, List<String> arguments, String bookmark) { }

    /** The form as read. */
    record Read(List<ItemReport> items, List<FormFinding> findings) { }

    Read read(DocxReading reading, WordPackage pkg, ChecklistManifest manifest) throws RefusedDocumentException {
        String reviewId = manifest.identity().reviewId();
        Map<String, String> values = new LinkedHashMap<>();
        for (Answer answer : extractor.extract(reading, manifest).answers()) {
            values.put(answer.fieldId().toString(), answer.value());
        }
        Map<String, PlanTables.Table> tables = PlanTables.byBookmark(pkg);
        Map<String, Item> items = new LinkedHashMap<>();
        for (FieldMapEntry entry : manifest.fields()) {
            Optional<ItemIds.FormField> field = ItemIds.ofField(reviewId, entry.field());
            if (field.isEmpty()) {
                continue;
            }
            Item item = items.computeIfAbsent(field.get().itemId(), id -> new Item(entry.field().provisionId()));
            item.values.put(field.get().field(), values.getOrDefault(entry.field().toString(), ""));
            item.bookmarks.put(field.get().field(), entry.bookmark());
            if (ItemIds.STATUS.equals(field.get().field())) {
                item.plan = FieldMarks.bookmark(FieldId.of(entry.field().provisionId(),
                        entry.field().question().replaceFirst("-status$", "-" + ItemIds.PLAN)));
            }
        }
        List<ItemReport> reports = new ArrayList<>();
        List<FormFinding> findings = new ArrayList<>();
        items.forEach((itemId, item) -> {
            String written = item.values.getOrDefault(ItemIds.STATUS, "").strip();
            String status = written;
            if (!written.isEmpty()) {
                Optional<FollowUpStatusCode> known = labels.statusOf(written);
                if (known.isPresent()) {
                    status = known.get().code();
                } else {
                    findings.add(new FormFinding(itemId, "finding.unknownStatus", List.of(written),
                            item.bookmarks.get(ItemIds.STATUS)));
                }
            }
            List<FollowUpStep> steps = steps(itemId, tables.get(item.plan), item.plan, manifest.identity().language(), findings);
            reports.add(new ItemReport(itemId, item.provision, status, item.values.getOrDefault(ItemIds.MEASURES, "").strip(),
                    item.values.getOrDefault(ItemIds.EVIDENCE, "").strip(), item.values.getOrDefault(ItemIds.TA, "").strip(), steps));
        });
        return new Read(reports, findings);
    }

    private List<FollowUpStep> steps(String itemId, PlanTables.Table table, String bookmark, Language language,
                                     List<FormFinding> findings) {
        List<FollowUpStep> steps = new ArrayList<>();
        if (table == null) {
            return steps;
        }
        // The first row is the header; every other row with any text is a step, in the order written.
        for (int r = 1; r < table.rows().size(); r++) {
            List<String> cells = table.rows().get(r);
            if (cells.stream().allMatch(String::isBlank)) {
                continue;
            }
            String step = cell(cells, 0);
            String agency = cell(cells, 1);
            String target = cell(cells, 2);
            String statusText = cell(cells, 3);
            int position = steps.size() + 1;
            if (step.isEmpty()) {
                findings.add(new FormFinding(itemId, "finding.missingStep", List.of(Integer.toString(position)), bookmark));
                continue;
            }
            LocalDate date = null;
            if (!target.isEmpty()) {
                date = date(target, language);
                if (date == null) {
                    findings.add(new FormFinding(itemId, "finding.badTargetDate", List.of(Integer.toString(position), target),
                            bookmark));
                }
            }
            String status = statusText;
            if (!statusText.isEmpty()) {
                Optional<FollowUpStatusCode> known = labels.statusOf(statusText);
                if (known.isPresent()) {
                    status = known.get().code();
                } else {
                    findings.add(new FormFinding(itemId, "finding.badStepStatus", List.of(Integer.toString(position),
                            statusText), bookmark));
                }
            }
            steps.add(new FollowUpStep(position, step, agency, date, target, status));
        }
        return steps;
    }

    private static String cell(List<String> cells, int index) {
        return index < cells.size() ? cells.get(index).strip() : "";
    }

    /**
     * A target date as the form shows it, in the form's language ("30 June 2027", "2027年6月30日": how a
     * step reported earlier is pre-filled) or as yyyy-mm-dd, also with slashes or dots between the parts;
     * else null.
     */
    static LocalDate date(String text, Language language) {
        String iso = text.strip().replace('/', '-').replace('.', '-');
        try {
            return LocalDate.parse(iso);
        } catch (DateTimeParseException notIso) {
            return DocumentDates.parse(text, language).orElse(null);
        }
    }

    /** The fields and bookmarks of one item while the form is read. */
    private static final class Item {
        final String provision;
        final Map<String, String> values = new LinkedHashMap<>();
        final Map<String, String> bookmarks = new LinkedHashMap<>();
        String plan;

        Item(String provision) {
            this.provision = provision;
        }
    }
}
