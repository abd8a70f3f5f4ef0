package org.irm.translation;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.irm.catalogue.Language;
import org.irm.config.Sha256;
import org.irm.folders.OutputFolder;
import org.irm.register.Register;
import org.irm.register.ReportBlockVersion;
import org.irm.register.ReportTranslations;
import org.irm.report.ReportComposer;
import org.irm.report.ReportService;
import org.irm.report.ReviewFacts;

/**
 * The translation round trip of a State's report drafts. {@link #export} writes, per language the
 * text was written in, an XLIFF 2.0 file of every block the drafts in one language show
 * untranslated (the State's answers, the reviewers' notes, the secretariat's edits), translated
 * from an earlier source (stale) or machine-translated. {@link #importFile} takes a translated
 * file back: after checking it belongs to the State's current review, is a translation into the
 * language asked and names only blocks of that review, each fully translated unit becomes the
 * block's translation in the register, attributed to the translator, with the digest of the
 * source text it was made from; the next drafts in that language show it, and mark it stale once
 * the source changes. Called by {@code irm translate}; safe to share.
 */
public final class TranslationService {

    /** The largest XLIFF file taken back: a whole report's blocks in one language are a few megabytes. */
    public static final long MAX_BYTES = 20L * 1024 * 1024;

    private final ReportService reports;
    private final Register register;
    private final Clock clock;
    private final XliffWriter writer = new XliffWriter();
    private final XliffReader reader = new XliffReader();

    public TranslationService(ReportService reports, Register register, Clock clock) {
        this.reports = reports;
        this.register = register;
        this.clock = clock;
    }

    /** One XLIFF file written: the language translated from, where, how many blocks (of them stale). */
    public record Written(Language from, Path file, int blocks, int stale) { }

    /** What an export wrote: nothing when the drafts in that language show no untranslated text. */
    public record Exported(String state, Language language, List<Written> files) {
        public Exported {
            files = List.copyOf(files);
        }
    }

    /**
     * Writes {@code translation-<ISO3>-<from>-<to>.xlf} (the first free name: nothing is overwritten)
     * into the folder for each language the untranslated text is in.
     */
    public Exported export(String state, Language language, Path folder) throws IOException {
        ReportService.ToTranslate asked = reports.untranslated(state, language);
        Map<Language, List<ReportComposer.Untranslated>> bySource = new LinkedHashMap<>();
        for (ReportComposer.Untranslated block : asked.blocks()) {
            bySource.computeIfAbsent(block.sourceLanguage(), l -> new ArrayList<>()).add(block);
        }
        ReviewFacts review = asked.review();
        List<Written> written = new ArrayList<>();
        for (Map.Entry<Language, List<ReportComposer.Untranslated>> source : bySource.entrySet()) {
            byte[] bytes = writer.write(new XliffWriter.Header(review.reviewId(), review.state(), source.getKey(), language),
                    source.getValue());
            Path file = new OutputFolder(folder).write("translation-" + review.state() + "-" + source.getKey().code() + "-"
                    + language.code(), ".xlf", bytes);
            written.add(new Written(source.getKey(), file, source.getValue().size(),
                    (int) source.getValue().stream().filter(ReportComposer.Untranslated::stale).count()));
        }
        return new Exported(review.state(), language, written);
    }

    /**
     * What an import did.
     *
     * @param translated the blocks whose translation was recorded now
     * @param unchanged  blocks whose translation was the same as the one already kept
     * @param untranslated units left without a translation in some segment (nothing recorded for them)
     * @param stale      of the blocks translated, those whose source text has changed since the export
     */
    public record Imported(String state, String reviewId, Language from, Language to, String translator, int translated,
                           int unchanged, List<String> untranslated, List<String> stale) {
        public Imported {
            untranslated = List.copyOf(untranslated);
            stale = List.copyOf(stale);
        }
    }

    /**
     * Takes a translated XLIFF file back.
     *
     * @param translator who translated it, as the drafts will say
     * @param state      when not null, the State the file must be for
     * @param language   when not null, the language the file must translate into
     * @throws TranslationRefused with a one-line reason; nothing is recorded then
     */
    public Imported importFile(Path file, String translator, String state, Language language)
            throws TranslationRefused, IOException {
        String name = file.getFileName().toString();
        if (!Files.isRegularFile(file)) {
            throw new TranslationRefused("No file at " + file + ".");
        }
        if (Files.size(file) > MAX_BYTES) {
            throw new TranslationRefused(name + " is larger than " + MAX_BYTES / (1024 * 1024) + " MB: refused "
                    + "(an export of one State's drafts in one language is far smaller; is it the right file?).");
        }
        byte[] bytes;
        try (InputStream in = Files.newInputStream(file)) {
            bytes = in.readNBytes((int) MAX_BYTES + 1);
        }
        if (bytes.length > MAX_BYTES) {
            throw new TranslationRefused(name + " is larger than " + MAX_BYTES / (1024 * 1024) + " MB: refused.");
        }
        XliffReader.Read read = reader.read(new ByteArrayInputStream(bytes), name);
        if (state != null && !state.strip().toUpperCase(Locale.ROOT).equals(read.state())) {
            throw new TranslationRefused(name + " is for " + read.state() + ", not " + state.strip().toUpperCase(Locale.ROOT)
                    + ": import it for " + read.state() + ", or the file exported for " + state.strip().toUpperCase(Locale.ROOT) + ".");
        }
        if (language != null && language != read.to()) {
            throw new TranslationRefused(name + " is a translation into " + read.to().code() + ", not " + language.code()
                    + ": import the file translated into " + language.code() + ".");
        }
        if (read.from() == read.to()) {
            throw new TranslationRefused(name + " translates " + read.from().code() + " into " + read.to().code()
                    + ": its target language (trgLang) must be the language of the drafts it was exported for.");
        }
        ReviewFacts review;
        try {
            review = reports.review(read.state());
        } catch (IllegalArgumentException e) {
            throw new TranslationRefused(name + " is for " + read.state() + ", which has no review in this register.");
        }
        if (!review.reviewId().equals(read.reviewId())) {
            throw new TranslationRefused(name + " is for review " + XliffReader.oneLine(read.reviewId()) + ", not "
                    + read.state() + "'s current review " + review.reviewId() + ": export again for the current review.");
        }
        Set<String> known = register.reportRecords().versions(review.reviewId()).stream()
                .map(ReportBlockVersion::blockKey).collect(Collectors.toSet());
        List<String> unknown = read.units().stream().map(u -> XliffReader.oneLine(u.id()))
                .filter(id -> !known.contains(Xliff.blockKey(id))).toList();
        if (!unknown.isEmpty()) {
            throw new TranslationRefused(name + " has " + unknown.size() + " segment id(s) that are not blocks of "
                    + read.state() + "'s review (" + String.join(", ", unknown.subList(0, Math.min(3, unknown.size())))
                    + (unknown.size() > 3 ? ", ..." : "") + "): import only files irm translate export wrote for it.");
        }
        List<ReportTranslations.NewTranslation> translations = new ArrayList<>();
        List<String> untranslated = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (XliffReader.Unit unit : read.units()) {
            String key = Xliff.blockKey(unit.id());
            if (!seen.add(key)) {
                throw new TranslationRefused(name + " has the segment id " + unit.id() + " twice: refused.");
            }
            if (!unit.translated()) {
                untranslated.add(key);
                continue;
            }
            String sha = unit.sourceSha256() != null && unit.sourceSha256().matches("[0-9a-f]{64}") ? unit.sourceSha256()
                    : ReportComposer.sourceDigest(unit.sources());
            String text = unit.targets().stream().map(String::strip).collect(Collectors.joining("\n"));
            translations.add(new ReportTranslations.NewTranslation(key, read.from(), sha, text));
        }
        String sha256 = Sha256.hex(bytes);
        ReportTranslations.Recorded recorded = register.reportTranslations().record(review.reviewId(), read.to(), translations,
                translator, name, sha256, clock.instant());
        Set<String> imported = translations.stream().map(ReportTranslations.NewTranslation::blockKey).collect(Collectors.toSet());
        List<String> stale = reports.untranslated(read.state(), read.to()).blocks().stream()
                .filter(b -> b.stale() && imported.contains(b.blockKey())).map(ReportComposer.Untranslated::blockKey).toList();
        return new Imported(read.state(), review.reviewId(), read.from(), read.to(), translator, recorded.added().size(),
                recorded.unchanged(), untranslated, stale);
    }
}
