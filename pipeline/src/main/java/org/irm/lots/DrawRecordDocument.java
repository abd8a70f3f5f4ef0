package org.irm.lots;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.irm.catalogue.DocumentDates;
import org.irm.catalogue.Language;
import org.irm.config.TemplateSource;
import org.irm.docx.DocumentStyles;
import org.irm.docx.PackageWriter;
import org.irm.docx.PageFooter;
import org.irm.docx.Paragraphs;
import org.irm.docx.WordXml;

/**
 * The record of a draw as a Word document for the Implementation Review Group, in the house style
 * of the documents the pipeline issues (the checklist's styles and page, pages numbered "Page N of
 * M"): title, date, seed and input fingerprints, the rules applied in plain sentences, a table of
 * the reviewing States drawn (its heading row repeated on each page, no row split across pages),
 * and the redraws with their reasons. Every wording is {@code templates/lots/record.properties}'.
 */
public final class DrawRecordDocument {

    /** Widths of the pairings table's columns, in twips (A4 less the house margins: 9072). */
    private static final int[] WIDTHS = {2016, 1512, 1848, 1848, 1848};

    private final RecordLabels labels;
    private final TemplateSource templates;

    public DrawRecordDocument(RecordLabels labels, TemplateSource templates) {
        this.labels = labels;
        this.templates = templates;
    }

    /**
     * Writes the document to {@code file}, replacing it.
     *
     * @param recordName the file name of the JSON record, quoted in the sentence on verification
     */
    public void write(DrawResult result, PartyRoster roster, String recordName, Path file) throws IOException {
        PackageWriter pkg = PackageWriter.withStyles("the record of the draw", DocumentStyles.styles(templates, Language.EN));
        String footer = pkg.footer(PageFooter.xml(labels.text("record.footer.page", PageFooter.PAGE, PageFooter.PAGES),
                false));
        pkg.body(body(result, roster, recordName, footer));
        try (OutputStream out = Files.newOutputStream(file)) {
            pkg.save(out);
        }
    }

    private String body(DrawResult result, PartyRoster roster, String recordName, String footer) {
        WordXml xml = new WordXml();
        Paragraphs text = new Paragraphs(xml, Language.EN);
        DrawRequest rq = result.request();
        xml.document();
        text.paragraph("Title", labels.text("record.title", labels.instrument(result.policy().primaryInstrument())));
        text.paragraph("Subtitle", labels.text("record.subtitle", String.valueOf(rq.cycle()), String.valueOf(rq.year())));
        text.labelled("IrmCover", labels.text("record.drawDate"), DocumentDates.format(rq.drawDate(), Language.EN));
        text.labelled("IrmCover", labels.text("record.seed"), rq.seed());
        text.labelled("IrmCover", labels.text("record.algorithm"), DrawResult.ALGORITHM);
        text.labelled("IrmCover", labels.text("record.digests"), labels.text("record.digests.value",
                result.digests().states(), result.digests().policy(), result.digests().history()));
        if (!rq.deferring().isEmpty()) {
            text.paragraph("Normal", labels.text("record.deferring", String.join(", ", rq.deferring())));
        }
        if (result.level() > 0) {
            text.paragraph("Normal", labels.text("record.level", String.valueOf(result.level())));
        }
        // Sections as the checklist's second-level headings: its first level starts a new page.
        text.paragraph("Heading2", labels.text("record.policy.heading"));
        rules(result.policy()).forEach(rule -> text.paragraph("Normal", rule));
        if (result.policy().regionalBalance()) {
            balance(text, RegionalBalance.of(result, roster));
        }
        text.paragraph("Heading2", labels.text("record.pairings.heading"));
        table(xml, text, result, roster);
        text.paragraph("Heading2", labels.text("record.redraws.heading"));
        if (result.redraws().isEmpty()) {
            text.paragraph("Normal", labels.text("record.redraws.none"));
        }
        for (Redraw r : result.redraws()) {
            RedrawRequest q = r.request();
            text.paragraph("Normal", labels.text("record.redraw.line", String.valueOf(r.number()), q.requestedBy(),
                    q.underReview(), q.exceptional() ? labels.text("record.redraw.exceptional") : "", q.reason(),
                    String.join(", ", r.replaced()), String.join(", ", r.drawn())));
        }
        text.paragraph("Normal", labels.text("record.verify", recordName));
        text.section(footer);
        return xml.end().end().finish();
    }

    /** The year's States under review per regional group against the even share, and the exceptions. */
    private void balance(Paragraphs text, RegionalBalance balance) {
        text.paragraph("Heading2", labels.text("record.balance.heading"));
        for (RegionalBalance.Group g : balance.groups()) {
            String share = g.low() == g.high() ? String.valueOf(g.low()) : g.low() + "-" + g.high();
            text.paragraph("Normal", labels.text(g.outside() ? "record.balance.outside" : "record.balance.line",
                    g.name(), String.valueOf(g.underReview()), share));
        }
        if (!balance.ungrouped().isEmpty()) {
            text.paragraph("Normal", labels.text("record.balance.ungrouped", String.join(", ", balance.ungrouped())));
        }
    }

    /** The policy's rules, one plain sentence each, in the order a reader of the draw asks about them. */
    List<String> rules(DrawPolicy policy) {
        List<String> rules = new ArrayList<>();
        rules.add(labels.text("rule.instruments", String.join("; ", policy.instruments().stream()
                .map(labels::instrument).toList()), labels.instrument(policy.primaryInstrument())));
        rules.add(labels.text("rule.secondBox." + word(policy.secondBox())));
        rules.add(labels.text("rule.legalSystem." + word(policy.legalSystemPreference())));
        rules.add(labels.text("rule.mutual." + word(policy.mutualScope())));
        rules.add(policy.capPerCycle() == 0 ? labels.text("rule.cap.none")
                : labels.text("rule.cap", String.valueOf(policy.capPerCycle())));
        rules.add(labels.text("rule.balance." + word(policy.balanceScope())));
        rules.add(labels.text("rule.deferral." + policy.deferralAllowed()));
        if (policy.regionalBalance()) {
            rules.add(labels.text("rule.regionalBalance", String.valueOf(policy.reviewYears()),
                    String.valueOf(policy.cycleYears()), policy.cycleName()));
        }
        rules.add(labels.text("rule.redraws", String.valueOf(policy.maxRedraws())) + " "
                + labels.text("rule.redraws.byReviewer." + policy.reviewerMayRequestRedraw()));
        return rules;
    }

    private static String word(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private void table(WordXml xml, Paragraphs text, DrawResult result, PartyRoster roster) {
        Role second = result.policy().secondBox() == DrawPolicy.SecondBox.GLOBAL ? Role.GLOBAL : Role.OTHER_GROUP;
        xml.table(WIDTHS, false, false);
        row(xml, text, true, List.of(labels.text("column.underReview"), labels.text("column.group"),
                labels.text("column.sameGroup"), labels.text("column.second", labels.role(second)),
                labels.text("column.additional")));
        for (PairingRows.Row row : PairingRows.of(result, roster, labels::role)) {
            row(xml, text, false, List.of(row.name() + " (" + row.iso3() + ")", row.group(),
                    row.firstIso3().isEmpty() ? "" : row.firstName() + " (" + row.firstIso3() + ")",
                    row.secondIso3().isEmpty() ? "" : row.secondName() + " (" + row.secondIso3() + ")",
                    row.additional()));
        }
        xml.end();
        // Word wants a paragraph between a table and what follows.
        text.start("Normal");
        xml.end();
    }

    private static void row(WordXml xml, Paragraphs text, boolean heading, List<String> cells) {
        xml.row(heading);
        for (int c = 0; c < cells.size(); c++) {
            xml.start("tc").start("tcPr").empty("tcW", "w", Integer.toString(WIDTHS[c]), "type", "dxa").end();
            text.start("Normal");
            if (heading) {
                text.bold(cells.get(c));
            } else if (!cells.get(c).isEmpty()) {
                text.run(cells.get(c));
            }
            xml.end().end();
        }
        xml.end();
    }
}
