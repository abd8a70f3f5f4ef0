package org.irm.catalogue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.irm.testsupport.SharedFiles;

/**
 * The Convention's structure as the project's reference file states it
 * ({@code shared/data/uncac-structure.md}), parsed so tests compare the catalogue and the labels
 * with the reference rather than with numbers copied into the tests.
 */
final class ConventionStructure {

    /** What the reference says of one article; {@code lettered} lists e.g. "1.a" and is null where it does not say where. */
    record ArticleFacts(int number, String title, int paragraphs, int letters, List<String> lettered) { }

    record ChapterFacts(String number, String title, int first, int last) { }

    final Map<String, ChapterFacts> chapters = new LinkedHashMap<>();
    final Map<Integer, ArticleFacts> articles = new TreeMap<>();
    /** Stated totals per chapter: [paragraphs, lettered]. */
    final Map<String, int[]> totals = new LinkedHashMap<>();

    private static final Pattern CHAPTER_ROW = Pattern.compile("^\\| ([IVX]+) \\| ([^|]+?) \\| (\\d+)–(\\d+) \\|$");
    private static final Pattern ARTICLE_ROW = Pattern.compile("^\\| (\\d+) \\| ([^|]+?) \\| (\\d+)[^|]*\\| (\\d+)\\s*(?:\\((.*)\\))?\\s*\\|$");
    private static final Pattern TOTALS = Pattern.compile("Chapter ([IVX]+) totals: (\\d+) paragraphs, (\\d+) lettered");
    private static final Pattern RANGE = Pattern.compile("(\\d*)\\(([a-z])\\)(?:–\\(([a-z])\\))?");
    private static final Pattern INLINE = Pattern.compile("(\\d+) ([A-Z][^(·\\[0-9]*?) \\((\\d+)/(\\d+)");
    private static final Pattern INLINE_46 = Pattern.compile("(\\d+) ([A-Z][^(·\\[0-9]*?) \\((\\d+) paragraphs;[^=]*= (\\d+)\\)");
    private static final Pattern TITLE_LIST = Pattern.compile("Chapter ([IVX]+): (.+?)\\.\\s*(?=Chapter [IVX]+:|#)");

    static ConventionStructure fromSharedData() {
        Path file = SharedFiles.data("uncac-structure.md");
        try {
            return new ConventionStructure(Files.readAllLines(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("The reference file is needed by this test: " + file, e);
        }
    }

    private ConventionStructure(List<String> lines) {
        for (String line : lines) {
            tableRow(line.trim());
            Matcher totals = TOTALS.matcher(line);
            if (totals.find()) {
                this.totals.put(totals.group(1), new int[] {Integer.parseInt(totals.group(2)), Integer.parseInt(totals.group(3))});
            }
        }
        String text = String.join(" ", lines).replaceAll("\\s+", " ");
        inlineArticles(section(text, "### 1.3", "### 1.5"));
        titleLists(section(text, "## 1.", "### 1.1"));
    }

    private void tableRow(String line) {
        Matcher chapter = CHAPTER_ROW.matcher(line);
        if (chapter.matches()) {
            chapters.put(chapter.group(1), new ChapterFacts(chapter.group(1), chapter.group(2),
                    Integer.parseInt(chapter.group(3)), Integer.parseInt(chapter.group(4))));
        }
        Matcher article = ARTICLE_ROW.matcher(line);
        if (article.matches()) {
            int number = Integer.parseInt(article.group(1));
            articles.put(number, new ArticleFacts(number, article.group(2), Integer.parseInt(article.group(3)),
                    Integer.parseInt(article.group(4)), lettered(article.group(5))));
        }
    }

    /** "2(a)–(f), 3(a)–(f)" to [2.a .. 2.f, 3.a .. 3.f]; "(a)–(c)" to [a, b, c]; roman items after ';' are not subparagraphs. */
    private static List<String> lettered(String where) {
        List<String> result = new ArrayList<>();
        if (where == null) {
            return result;
        }
        Matcher range = RANGE.matcher(where.split(";")[0]);
        while (range.find()) {
            char last = range.group(3) == null ? range.group(2).charAt(0) : range.group(3).charAt(0);
            for (char letter = range.group(2).charAt(0); letter <= last; letter++) {
                result.add(range.group(1).isEmpty() ? String.valueOf(letter) : range.group(1) + "." + letter);
            }
        }
        return result;
    }

    private void inlineArticles(String text) {
        for (Pattern pattern : List.of(INLINE, INLINE_46)) {
            Matcher m = pattern.matcher(text);
            while (m.find()) {
                int number = Integer.parseInt(m.group(1));
                articles.put(number, new ArticleFacts(number, m.group(2).trim(), Integer.parseInt(m.group(3)),
                        Integer.parseInt(m.group(4)), null));
            }
        }
    }

    private void titleLists(String text) {
        Matcher m = TITLE_LIST.matcher(text + " #");
        while (m.find()) {
            for (String entry : m.group(2).split("; ")) {
                int space = entry.indexOf(' ');
                int number = Integer.parseInt(entry.substring(0, space));
                articles.put(number, new ArticleFacts(number, entry.substring(space + 1).trim(), 0, 0, null));
            }
        }
    }

    private static String section(String text, String from, String to) {
        int start = text.indexOf(from);
        return text.substring(start, text.indexOf(to, start + from.length()));
    }

    List<ArticleFacts> articlesOf(String chapter) {
        ChapterFacts facts = chapters.get(chapter);
        return articles.values().stream().filter(a -> a.number() >= facts.first() && a.number() <= facts.last()).toList();
    }
}
