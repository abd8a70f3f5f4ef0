package org.irm.analysis;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.irm.catalogue.Language;
import org.irm.config.Sha256;
import org.irm.register.NeedCoding;
import org.irm.register.NeedCodings;
import org.irm.register.Register;

/**
 * Takes a coding workbook back (issue 15, point 2): every row is checked first, and a workbook with
 * any unknown code, a subcategory of another category, or a need the register does not hold is refused
 * whole, each problem named by its sheet and row, so a half-coded import never mixes with the last one.
 * Otherwise each row whose codes differ from the need's latest coding becomes a new decision, attributed
 * to the importing user, dated, with the workbook's name and sha256. A row the coder left as the rules
 * suggested it stays a suggestion (confirmed = false); a row whose codes were changed is a confirmed
 * decision even when the Coding column still says suggested.
 */
public final class CodingImport {

    /** Largest workbook taken: a coding workbook of 20 needs for each of 190 States is under 1 MB. */
    static final long MAX_BYTES = 50L * 1024 * 1024;

    private final Register register;
    private final CategoryScheme scheme;
    private final KeywordRules rules;
    private final AnalysisLabels labels;

    public CodingImport(Register register, CategoryScheme scheme, KeywordRules rules, AnalysisLabels labels) {
        this.register = register;
        this.scheme = scheme;
        this.rules = rules;
        this.labels = labels;
    }

    /** One problem of a returned workbook, where it is. */
    public record Problem(String sheet, int row, String message) {
        @Override
        public String toString() {
            return "sheet '" + sheet + "', row " + row + ": " + message;
        }
    }

    /**
     * What the import did.
     *
     * @param refused   the problems found; when any, nothing was recorded
     * @param recorded  decisions recorded
     * @param unchanged rows coded as the register already had them
     * @param uncoded   rows with no category
     */
    public record Result(List<Problem> refused, int recorded, int unchanged, int uncoded) {
        public Result {
            refused = List.copyOf(refused);
        }

        public boolean accepted() {
            return refused.isEmpty();
        }
    }

    /**
     * Imports the workbook for these needs (the needs of the completed reviews, as exported).
     *
     * @param by who coded (the --by name or the operating-system user)
     */
    public Result importFile(Path workbook, List<ReportItem> needs, String by, Instant at) throws IOException {
        if (Files.size(workbook) > MAX_BYTES) {
            return new Result(List.of(new Problem(workbook.getFileName().toString(), 0,
                    "the file is larger than " + MAX_BYTES / (1024 * 1024) + " MB: not a coding workbook")), 0, 0, 0);
        }
        List<CodingWorkbook.WrittenRow> rows;
        try (InputStream in = Files.newInputStream(workbook)) {
            rows = new CodingWorkbook(scheme, rules, labels).read(in);
        }
        Map<String, ReportItem> byId = new HashMap<>();
        needs.forEach(need -> byId.put(need.needId(), need));
        Map<NeedCodings.NeedKey, NeedCoding> latest = register.needCodings().latest();
        String sha256 = Sha256.hex(workbook);
        String name = workbook.getFileName().toString();

        List<Problem> problems = new ArrayList<>();
        List<NeedCoding> decisions = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        int unchanged = 0;
        int uncoded = 0;
        for (CodingWorkbook.WrittenRow row : rows) {
            ReportItem need = byId.get(row.needId());
            if (need == null) {
                problems.add(new Problem(row.sheet(), row.row(), "the need '" + row.needId()
                        + "' is not a need of a completed review in the register (keep the Need column as exported)"));
                continue;
            }
            if (!seen.add(row.needId())) {
                problems.add(new Problem(row.sheet(), row.row(), "the need '" + row.needId() + "' is listed twice"));
                continue;
            }
            if (row.category().isEmpty()) {
                if (!row.subcategory().isEmpty() || row.tags().stream().anyMatch(t -> !t.isEmpty())) {
                    problems.add(new Problem(row.sheet(), row.row(), "a subcategory or tag is given but no category"));
                } else {
                    uncoded++;
                }
                continue;
            }
            Optional<Codes> codes = codes(row, problems);
            if (codes.isEmpty()) {
                continue;
            }
            boolean markedSuggested = isSuggested(row.coding());
            if (!markedSuggested && !row.coding().isEmpty() && !isConfirmed(row.coding())) {
                problems.add(new Problem(row.sheet(), row.row(), "'" + row.coding() + "' is not a coding: choose "
                        + labels.text(Language.EN, "coding.suggested") + " or " + labels.text(Language.EN, "coding.confirmed")));
                continue;
            }
            boolean confirmed = !markedSuggested || !rules.suggest(need.text()).equals(codes);
            NeedCoding decision = new NeedCoding(need.review().reviewId(), need.blockKey(), codes.get().category(),
                    codes.get().subcategory(), codes.get().tags(), confirmed, by, at, name, sha256);
            if (decision.sameCodes(latest.get(new NeedCodings.NeedKey(need.review().reviewId(), need.blockKey())))) {
                unchanged++;
            } else {
                decisions.add(decision);
            }
        }
        if (!problems.isEmpty()) {
            return new Result(problems, 0, 0, 0);
        }
        return new Result(List.of(), register.needCodings().record(decisions), unchanged, uncoded);
    }

    private Optional<Codes> codes(CodingWorkbook.WrittenRow row, List<Problem> problems) {
        int before = problems.size();
        Optional<String> category = scheme.readCategory(row.category());
        if (category.isEmpty()) {
            problems.add(new Problem(row.sheet(), row.row(), "'" + row.category() + "' is not a category: choose one of "
                    + String.join(", ", scheme.categories().stream().map(c -> scheme.label(Language.EN, c)).toList())));
        }
        String subcategory = null;
        if (!row.subcategory().isEmpty()) {
            Optional<String> sub = scheme.readSubcategory(row.subcategory());
            if (sub.isEmpty()) {
                problems.add(new Problem(row.sheet(), row.row(), "'" + row.subcategory() + "' is not a subcategory: choose one"
                        + " of the list, such as " + scheme.label(Language.EN, scheme.subcategories().get(0))));
            } else if (category.isPresent() && !scheme.parent(sub.get()).orElseThrow().equals(category.get())) {
                problems.add(new Problem(row.sheet(), row.row(), "the subcategory '" + row.subcategory() + "' belongs to "
                        + scheme.label(Language.EN, scheme.parent(sub.get()).orElseThrow()) + ", not to "
                        + scheme.label(Language.EN, category.get())));
            } else {
                subcategory = sub.get();
            }
        }
        List<String> tags = new ArrayList<>();
        for (int t = 0; t < scheme.tags().size(); t++) {
            String written = row.tags().get(t);
            if (written.isEmpty() || isNo(written)) {
                continue;
            }
            if (isYes(written) || scheme.readTag(written).filter(scheme.tags().get(t)::equals).isPresent()) {
                tags.add(scheme.tags().get(t));
            } else {
                problems.add(new Problem(row.sheet(), row.row(), "'" + written + "' in the column "
                        + scheme.label(Language.EN, scheme.tags().get(t)) + " is not "
                        + labels.text(Language.EN, "coding.yes") + " (or empty)"));
            }
        }
        if (problems.size() > before) {
            return Optional.empty();
        }
        return Optional.of(new Codes(category.orElseThrow(), subcategory, tags));
    }

    private boolean isSuggested(String written) {
        return anyLanguage("coding.suggested", written);
    }

    private boolean isConfirmed(String written) {
        return anyLanguage("coding.confirmed", written);
    }

    private boolean isYes(String written) {
        return anyLanguage("coding.yes", written) || Set.of("x", "1", "true", "yes").contains(written.toLowerCase(Locale.ROOT));
    }

    private static boolean isNo(String written) {
        return Set.of("no", "0", "false", "-", "non", "нет", "否", "لا").contains(written.toLowerCase(Locale.ROOT));
    }

    private boolean anyLanguage(String key, String written) {
        for (Language language : Language.values()) {
            if (labels.exactly(language, key).filter(label -> label.equalsIgnoreCase(written.strip())).isPresent()) {
                return true;
            }
        }
        return false;
    }
}
