package org.irm.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Turns one run's measurements into the table of ratios {@code bench/run} prints and the
 * {@code bench/RESULTS.md} it writes. Every figure that matters is a ratio between contenders
 * measured in the same run, because absolute numbers on a shared machine drift.
 *
 * <p>Usage: {@code ResultsTable JMH.json ONESHOT.tsv MACHINE.txt COMMAND RESULTS.md [WHOLE.tsv]}, where the
 * one-shot file has lines {@code document<TAB>contender<TAB>seconds<TAB>peak-kB} (one per run),
 * the machine file is free text (date, CPU, load) to quote, and the whole-pipeline file has lines
 * {@code part<TAB>size<TAB>xmx-MB<TAB>seconds<TAB>per-second<TAB>peak-heap-MB<TAB>peak-RSS-MB<TAB>outcome}
 * (part pipeline or reports), or {@code memory<TAB>part<TAB>smallest-xmx-MB...}.
 */
public final class ResultsTable {

    /** Reading contenders in table order; the first is the floor, the second our reader. */
    private static final List<String> READERS = List.of("staxFloor", "irmReader", "irmInspect", "docx4jLoad",
            "poiOpen", "tikaText");
    private static final Map<String, String> NAMES = Map.of(
            "staxFloor", "StAX floor (unzip + bare Woodstox parse)", "irmReader", "ours: DocxReader",
            "irmInspect", "ours: irm inspect's work (DocumentInspector)", "docx4jLoad", "docx4j load + content controls",
            "poiOpen", "POI XWPFDocument", "tikaText", "Tika text (AutoDetectParser)");
    private static final List<String> ONE_SHOTS = List.of("irm-inspect", "irm-inspect-plain-java", "pandoc", "tika-main");

    private ResultsTable() {
    }

    public static void main(String[] args) throws IOException {
        Map<String, Map<String, double[]>> reading = reading(Path.of(args[0]));
        Map<String, Map<String, List<double[]>>> oneShot = oneShot(Path.of(args[1]));
        String machine = Files.exists(Path.of(args[2])) ? Files.readString(Path.of(args[2])) : "";
        StringBuilder table = new StringBuilder();
        readingTable(reading, table);
        oneShotTable(oneShot, table);
        List<String[]> whole = args.length > 5 ? whole(Path.of(args[5])) : List.of();
        wholeTable(whole, table);
        targets(reading, oneShot, table);
        wholeTargets(whole, table);
        List<String[]> register = args.length > 6 ? whole(Path.of(args[6])) : List.of();
        issue20Targets(reading, oneShot, whole, register, table);
        System.out.print(table);
        String results = "# Benchmark results\n\n" + "Command: `" + args[3] + "`\n\n```\n" + machine.strip() + "\n```\n\n"
                + table;
        Files.writeString(Path.of(args[4]), results, StandardCharsets.UTF_8);
    }

    private static List<String[]> whole(Path tsv) throws IOException {
        if (!Files.exists(tsv)) {
            return List.of();
        }
        return Files.readAllLines(tsv, StandardCharsets.UTF_8).stream().filter(l -> !l.isBlank())
                .map(l -> l.split("\t", -1)).filter(c -> c.length >= 3).toList();
    }

    private static void wholeTable(List<String[]> whole, StringBuilder out) {
        if (whole.isEmpty()) {
            return;
        }
        out.append("## Pipeline and reports (whole processes: irm run, ReportsBench)\n\n");
        out.append("Pipeline: first drop into the inbox of a running `irm run` (settle 200 ms, poll 100 ms, embedded H2 "
                + "in a fresh home) to the last file answered and gone from the inbox. Reports: country reports, "
                + "every State in all six languages, written and recorded in the register. Peak heap = largest heap "
                + "before a collection (-Xlog:gc); peak RSS = VmHWM.\n\n");
        out.append("| part | files / reports | -Xmx MB | seconds | per second | s each | peak heap MB | peak RSS MB | outcome |\n");
        out.append("|---|---:|---:|---:|---:|---:|---:|---:|---|\n");
        for (String[] c : whole) {
            if (c[0].equals("memory") || c.length < 8) {
                continue;
            }
            double n = Double.parseDouble(c[1]);
            double seconds = Double.parseDouble(c[3]);
            out.append("| ").append(c[0]).append(" | ").append(c[1]).append(" | ").append(c[2]).append(" | ")
                    .append(c[3]).append(" | ").append(c[4]).append(" | ")
                    .append(n > 0 ? format("%.3f", seconds / n) : "").append(" | ").append(c[5]).append(" | ")
                    .append(c[6]).append(" | ").append(c[7]).append(" |\n");
        }
        for (String[] c : whole) {
            if (c[0].equals("memory")) {
                out.append(format("%nSmallest -Xmx that still succeeds (%s, bisected between MEM_LO and MEM_HI, default 64..1024 MB, within 16 MB): %s MB%n",
                        c[1], c[2]));
            }
        }
        out.append('\n');
    }

    private static void wholeTargets(List<String[]> whole, StringBuilder out) {
        for (String[] c : whole) {
            if (c[0].equals("pipeline") && c[1].equals("190") && c[7].equals("ok")) {
                double s = Double.parseDouble(c[3]);
                out.append(format("- 190 returns under 20 s from first drop to last answer: %.1f s, %s%n", s,
                        s < 20 ? "met" : format("missed by %.0f%%", (s / 20 - 1) * 100)));
            }
            if (c[0].equals("reports") && c[1].equals("1140") && c[7].equals("ok")) {
                double s = Double.parseDouble(c[3]);
                out.append(format("- 1,140 reports under 60 s: %.1f s, %s%n", s,
                        s < 60 ? "met" : format("missed by %.0f%%", (s / 60 - 1) * 100)));
            }
            if (c[0].equals("memory") && c[1].equals("pipeline")) {
                int mb = Integer.parseInt(c[2]);
                out.append(format("- the largest batch within a 256 MB heap: smallest -Xmx %d MB, %s%n", mb,
                        mb <= 256 ? "met" : format("missed by %d MB", mb - 256)));
            }
        }
        out.append('\n');
    }

    /**
     * Issue 20's targets, each met or missed with its figure. The register's size is compared with the size
     * after 1,000 returns before sparse storage, given as {@code -Dirm.bench.registerBeforeMb} (not measured here).
     */
    private static void issue20Targets(Map<String, Map<String, double[]>> reading,
                                       Map<String, Map<String, List<double[]>>> oneShot, List<String[]> whole,
                                       List<String[]> register, StringBuilder out) {
        out.append("## Targets (issue 20)\n\n");
        for (String[] c : whole) {
            if (c.length < 8 || !c[7].equals("ok")) {
                continue;
            }
            double seconds = Double.parseDouble(c[3]);
            double n = Double.parseDouble(c[1]);
            boolean big = Integer.parseInt(c[2]) > 64;
            if (c[0].equals("pipeline") && c[1].equals("190") && big) {
                out.append(verdict("190 returns, first drop to last answer, under 15 s", format("%.1f s", seconds),
                        seconds < 15));
            } else if (c[0].equals("pipeline") && c[1].equals("1000") && big) {
                double rate = n / seconds;
                out.append(verdict("1,000 returns at 20 files/s or more", format("%.1f files/s", rate), rate >= 20));
            } else if (c[0].equals("reports") && c[1].equals("1140") && big) {
                out.append(verdict("1,140 report drafts under 20 s", format("%.1f s", seconds), seconds < 20));
            }
        }
        for (String part : List.of("pipeline", "reports")) {
            String size = part.equals("pipeline") ? "1000" : "1140";
            whole.stream().filter(c -> c.length >= 8 && c[0].equals(part) && c[1].equals(size) && c[2].equals("64"))
                    .findFirst().ifPresent(c -> out.append(verdict(part.equals("pipeline")
                            ? "the 1,000-return batch succeeds in a 64 MB heap" : "the 1,140 drafts succeed in a 64 MB heap",
                            c[7] + ", " + c[3] + " s, peak heap " + c[5] + " MB", c[7].equals("ok"))));
        }
        double[] floor = reading.getOrDefault(BenchDocuments.FULL, Map.of()).get("staxFloor");
        double[] ours = reading.getOrDefault(BenchDocuments.FULL, Map.of()).get("irmReader");
        if (floor != null && ours != null) {
            double ratio = floor[0] / ours[0];
            out.append(verdict("reading the full checklist within 1.3x the bare-parse floor", format("%.2fx", ratio),
                    ratio <= 1.3));
        }
        Map<String, List<double[]>> full = oneShot.get(BenchDocuments.FULL);
        if (full != null && full.get("irm-inspect") != null && full.get("pandoc") != null) {
            double inspect = median(full.get("irm-inspect"), 0);
            double pandoc = median(full.get("pandoc"), 0);
            out.append(verdict("./irm inspect --json of the full checklist under 0.8 s", format("%.2f s", inspect),
                    inspect < 0.8));
            out.append(verdict("... and at least 2.5x faster than pandoc", format("%.2fx (pandoc %.2f s)", pandoc / inspect,
                    pandoc), pandoc / inspect >= 2.5));
        }
        String before = System.getProperty("irm.bench.registerBeforeMb", "");
        for (String[] c : register) {
            if (c[0].equals("1000")) {
                double mb = Double.parseDouble(c[2]);
                out.append(before.isBlank()
                        ? format("- the register after 1,000 returns (as irm run left it at its stop) at least 3x smaller than before: %.1f MB, "
                                + "not judged (no earlier size given)%n", mb)
                        : verdict("the register after 1,000 returns (as irm run left it at its stop) at least 3x smaller than before (" + before + " MB)",
                                format("%.1f MB, %.1fx smaller", mb, Double.parseDouble(before) / mb),
                                Double.parseDouble(before) / mb >= 3));
                if (c.length > 3 && !c[3].isBlank() && !before.isBlank()) {
                    double compacted = Double.parseDouble(c[3]);
                    out.append(verdict("... after `irm register compact`", format("%.1f MB, %.1fx smaller", compacted,
                            Double.parseDouble(before) / compacted), Double.parseDouble(before) / compacted >= 3));
                }
                break;
            }
        }
        out.append('\n');
    }

    private static String verdict(String target, String figure, boolean met) {
        return format("- %s: %s, %s%n", target, figure, met ? "met" : "missed");
    }


    /** score (ops/s), error, bytes per op, by document set and contender. */
    private static Map<String, Map<String, double[]>> reading(Path json) throws IOException {
        Map<String, Map<String, double[]>> bySet = new LinkedHashMap<>();
        if (!Files.exists(json)) {
            return bySet;
        }
        for (JsonNode run : new ObjectMapper().readTree(json.toFile())) {
            String benchmark = run.path("benchmark").asText();
            String contender = benchmark.substring(benchmark.lastIndexOf('.') + 1);
            String set = run.path("params").path("documents").asText();
            JsonNode primary = run.path("primaryMetric");
            JsonNode alloc = run.path("secondaryMetrics").path("gc.alloc.rate.norm");
            bySet.computeIfAbsent(set, k -> new LinkedHashMap<>()).put(contender, new double[] {
                primary.path("score").asDouble(), primary.path("scoreError").asDouble(),
                alloc.isMissingNode() ? Double.NaN : alloc.path("score").asDouble()});
        }
        return bySet;
    }

    private static void readingTable(Map<String, Map<String, double[]>> reading, StringBuilder out) {
        out.append("## Reading (warm, one thread; JMH -prof gc)\n\n");
        out.append("Time ratios from the same run: x floor = how many times the StAX floor's time per document; "
                + "ours faster = the contender's time per document over DocxReader's.\n\n");
        for (Map.Entry<String, Map<String, double[]>> set : reading.entrySet()) {
            Map<String, double[]> scores = set.getValue();
            double[] floor = scores.get("staxFloor");
            double[] ours = scores.get("irmReader");
            out.append("### ").append(set.getKey()).append("\n\n");
            out.append("| contender | documents/s | x floor | ours faster | KB allocated/document |\n");
            out.append("|---|---:|---:|---:|---:|\n");
            for (String contender : READERS) {
                double[] s = scores.get(contender);
                if (s == null) {
                    continue;
                }
                out.append("| ").append(NAMES.get(contender)).append(" | ")
                        .append(format("%.1f ± %.1f", s[0], s[1])).append(" | ")
                        .append(floor == null ? "" : format("%.2f", floor[0] / s[0])).append(" | ")
                        .append(ours == null || contender.startsWith("irm") ? "" : format("%.1f", ours[0] / s[0]))
                        .append(" | ").append(Double.isNaN(s[2]) ? "" : format("%,.0f", s[2] / 1024)).append(" |\n");
            }
            out.append('\n');
        }
    }

    /** Runs (seconds, peak kB) by document and contender. */
    private static Map<String, Map<String, List<double[]>>> oneShot(Path tsv) throws IOException {
        Map<String, Map<String, List<double[]>>> byDocument = new LinkedHashMap<>();
        if (!Files.exists(tsv)) {
            return byDocument;
        }
        for (String line : Files.readAllLines(tsv, StandardCharsets.UTF_8)) {
            String[] cells = line.split("\t");
            if (cells.length < 4 || line.startsWith("#")) {
                continue;
            }
            byDocument.computeIfAbsent(cells[0], k -> new LinkedHashMap<>())
                    .computeIfAbsent(cells[1], k -> new ArrayList<>())
                    .add(new double[] {Double.parseDouble(cells[2]), Double.parseDouble(cells[3])});
        }
        return byDocument;
    }

    private static void oneShotTable(Map<String, Map<String, List<double[]>>> oneShot, StringBuilder out) {
        out.append("## One-shot command (whole process, median of the runs)\n\n");
        for (Map.Entry<String, Map<String, List<double[]>>> document : oneShot.entrySet()) {
            Map<String, List<double[]>> runs = document.getValue();
            double ours = median(runs.get("irm-inspect"), 0);
            out.append("### ").append(document.getKey()).append("\n\n");
            out.append("| command | runs | median s | peak RSS MB | x irm inspect |\n|---|---:|---:|---:|---:|\n");
            for (String contender : ONE_SHOTS) {
                List<double[]> r = runs.get(contender);
                if (r == null) {
                    continue;
                }
                double seconds = median(r, 0);
                out.append("| ").append(commandOf(contender)).append(" | ").append(r.size()).append(" | ")
                        .append(format("%.2f", seconds)).append(" | ").append(format("%.0f", median(r, 1) / 1024))
                        .append(" | ").append(Double.isNaN(ours) ? "" : format("%.2f", seconds / ours)).append(" |\n");
            }
            out.append('\n');
        }
    }

    private static void targets(Map<String, Map<String, double[]>> reading,
                                Map<String, Map<String, List<double[]>>> oneShot, StringBuilder out) {
        out.append("## Targets (issue 6)\n\n");
        for (Map.Entry<String, Map<String, double[]>> set : reading.entrySet()) {
            double[] floor = set.getValue().get("staxFloor");
            double[] ours = set.getValue().get("irmReader");
            double[] docx4j = set.getValue().get("docx4jLoad");
            if (floor != null && ours != null) {
                double ratio = floor[0] / ours[0];
                out.append(format("- %s: reading within 2x of the StAX floor: %.2fx, %s%n", set.getKey(), ratio,
                        ratio <= 2 ? "met" : format("missed by %.0f%%", (ratio / 2 - 1) * 100)));
            }
            if (docx4j != null && ours != null) {
                double faster = ours[0] / docx4j[0];
                out.append(format("- %s: at least 5x faster than docx4j's load: %.1fx, %s%n", set.getKey(), faster,
                        faster >= 5 ? "met" : format("missed by %.0f%%", (1 - faster / 5) * 100)));
            }
        }
        Map<String, List<double[]>> full = oneShot.get(BenchDocuments.FULL);
        if (full != null && full.get("irm-inspect") != null && full.get("pandoc") != null) {
            double ours = median(full.get("irm-inspect"), 0);
            double pandoc = median(full.get("pandoc"), 0);
            out.append(format("- one-shot irm inspect of the full checklist faster than pandoc's: %.2f s vs %.2f s, %s%n",
                    ours, pandoc, ours < pandoc ? "met" : "missed"));
        }
        out.append('\n');
    }

    private static String commandOf(String contender) {
        return switch (contender) {
            case "irm-inspect" -> "`./irm inspect FILE --json` (the launcher: class-data archive, quick JIT)";
            case "irm-inspect-plain-java" -> "`java -jar pipeline/target/irm.jar inspect FILE --json`";
            case "pandoc" -> "`pandoc -f docx -t json FILE`";
            case "tika-main" -> "Tika AutoDetectParser main (TikaText)";
            default -> contender;
        };
    }

    private static double median(List<double[]> runs, int column) {
        if (runs == null || runs.isEmpty()) {
            return Double.NaN;
        }
        double[] values = runs.stream().mapToDouble(r -> r[column]).sorted().toArray();
        int middle = values.length / 2;
        return values.length % 2 == 1 ? values[middle] : (values[middle - 1] + values[middle]) / 2;
    }

    private static String format(String pattern, Object... values) {
        return String.format(Locale.ROOT, pattern, values);
    }
}
