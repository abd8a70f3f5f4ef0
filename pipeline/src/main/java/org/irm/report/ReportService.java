package org.irm.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.irm.catalogue.Catalogue;
import org.irm.catalogue.CatalogueException;
import org.irm.catalogue.CatalogueLoader;
import org.irm.catalogue.I18nLabels;
import org.irm.catalogue.Language;
import org.irm.catalogue.StateList;
import org.irm.config.ConfigurationException;
import org.irm.config.IrmConfig;
import org.irm.config.SecretKeys;
import org.irm.config.Setting;
import org.irm.config.Sha256;
import org.irm.config.TemplateSource;
import org.irm.folders.OutputFolder;
import org.irm.identity.IdentitySeal;
import org.irm.register.Event;
import org.irm.register.BlockTranslation;
import org.irm.register.Register;
import org.irm.register.ReportBlockVersion;
import org.irm.register.ReportDraft;
import org.irm.register.ReportRecords;

/**
 * Drafts a review's country report and executive summary in any of the six languages, from the
 * register: the review's inputs are drawn into report blocks (recorded with their versions), the
 * blocks shown in each language are composed, rendered through the templates and assembled into
 * a .docx. A draft is a pure function of its inputs: same inputs, same bytes, and
 * {@link #regenerateIfChanged} writes a new draft only when they changed, under a new name, so
 * nothing written before (an edited draft least of all) is ever overwritten.
 *
 * <p>Called by {@code irm report}, the demo and the running pipeline alike; safe to share.
 */
public final class ReportService {

    private final Catalogue catalogue;
    private final I18nLabels labels;
    private final ReportRenderer renderer;
    private final ReportInputs inputs;
    private final ReportRecords records;
    private final Register register;
    private final ReportComposer composer;
    private final Translator translator;
    private final Options options;
    private final Clock clock;
    private final IdentitySeal seal;
    private final DraftWriter writer = new DraftWriter();

    /**
     * What a secretariat configures about its drafts.
     *
     * @param symbol          the document symbol of a State given none in {@code symbols}; {@code {state}} and
     *                        {@code {kind}} are filled in; empty: no symbol
     * @param summaryMaxWords the executive summary's word limit, counted on the draft's own words ({@link WordCount#ofDraft})
     * @param symbols         the symbols assigned to States' drafts, by ISO3; {@code {kind}} is filled in
     * @param eastAsianCharactersPerWord how many Chinese characters count as one word of that limit
     */
    public record Options(String symbol, int summaryMaxWords, Map<String, String> symbols, double eastAsianCharactersPerWord) {
        /** The default rate of Chinese characters to a word of the limit (see the README, "Word limit"). */
        public static final double EAST_ASIAN_CHARACTERS_PER_WORD = 1.5;

        public Options {
            symbols = Map.copyOf(symbols);
            if (!(eastAsianCharactersPerWord > 0)) {
                throw new IllegalArgumentException("irm.report.summary.cjkCharactersPerWord must be more than 0, not "
                        + eastAsianCharactersPerWord);
            }
        }

        public Options(String symbol, int summaryMaxWords) {
            this(symbol, summaryMaxWords, Map.of(), EAST_ASIAN_CHARACTERS_PER_WORD);
        }

        public Options(String symbol, int summaryMaxWords, Map<String, String> symbols) {
            this(symbol, summaryMaxWords, symbols, EAST_ASIAN_CHARACTERS_PER_WORD);
        }

        public Options(String symbol, int summaryMaxWords, double eastAsianCharactersPerWord) {
            this(symbol, summaryMaxWords, Map.of(), eastAsianCharactersPerWord);
        }

        public static Options from(IrmConfig config) {
            String rate = config.get(Setting.SUMMARY_CJK_CHARACTERS_PER_WORD).trim();
            double perWord;
            try {
                perWord = Double.parseDouble(rate);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(Setting.SUMMARY_CJK_CHARACTERS_PER_WORD.key()
                        + " must be a number such as 1.5, not '" + rate + "'", e);
            }
            return new Options(config.get(Setting.REPORT_SYMBOL), config.getInt(Setting.SUMMARY_MAX_WORDS),
                    symbols(config.get(Setting.REPORT_SYMBOLS)), perWord);
        }

        /** The symbol a State's draft of the kind carries, or empty. */
        public String symbolOf(String state, ReportKind kind) {
            return symbols.getOrDefault(state.toUpperCase(Locale.ROOT), symbol).strip()
                    .replace("{state}", state).replace("{kind}", kind.code());
        }

        /** {@code KEN=CAC/COSP/IRG/II/2/1/Add.5, UGA=...} by ISO3; a pair that is not ISO3=symbol is refused, named. */
        static Map<String, String> symbols(String setting) {
            Map<String, String> symbols = new HashMap<>();
            for (String pair : setting.split(",")) {
                if (pair.isBlank()) {
                    continue;
                }
                int equals = pair.indexOf('=');
                String state = equals < 0 ? "" : pair.substring(0, equals).strip().toUpperCase(Locale.ROOT);
                if (!state.matches("[A-Z]{3}") || pair.substring(equals + 1).isBlank()) {
                    throw new ConfigurationException(Setting.REPORT_SYMBOLS.key() + " lists '" + pair.strip()
                            + "': give each State's symbol as ISO3=symbol, such as KEN=CAC/COSP/IRG/II/2/1/Add.5");
                }
                symbols.put(state, pair.substring(equals + 1).strip());
            }
            return symbols;
        }
    }

    /** A draft in memory, not written anywhere yet. */
    public record Draft(ReviewFacts review, ReportKind kind, Language language, String inputsDigest, byte[] bytes,
                        int words, List<ReportFinding> findings) { }

    /** What became of one draft asked for. */
    public enum Status { WRITTEN, UNCHANGED }

    /** One draft asked for: where it is, whether it was written now, its words and findings. */
    public record Outcome(ReportKind kind, Language language, Status status, Path file, String inputsDigest, int words,
                          List<ReportFinding> findings) { }

    public ReportService(Catalogue catalogue, I18nLabels labels, ReportRenderer renderer, ReportInputs inputs,
                         Register register, Translator translator, Options options,
                         IdentitySeal seal, Clock clock) {
        this.catalogue = catalogue;
        this.labels = labels;
        this.renderer = renderer;
        this.inputs = inputs;
        this.register = register;
        this.records = register.reportRecords();
        this.composer = new ReportComposer(catalogue, labels, translator);
        this.translator = translator;
        this.options = options;
        this.seal = seal;
        this.clock = clock;
    }

    /**
     * The service over the configured register and templates: the review, answers and notes the
     * register holds ({@link RegisterReportInputs}), the catalogue of {@code irm.instrument} and
     * {@code irm.cycle}, the translators' translations the register holds, and the machine
     * translator of {@code irm.report.machineTranslator} (none by default). What the CLI and the
     * running pipeline use.
     */
    public static ReportService open(IrmConfig config, Register register, Clock clock)
            throws IOException, CatalogueException {
        TemplateSource templates = config.templates();
        Catalogue catalogue = CatalogueLoader.configured(config);
        I18nLabels labels = I18nLabels.load(templates);
        return new ReportService(catalogue, labels, new ReportRenderer(templates, labels),
                new RegisterReportInputs(register, StateList.load(templates)), register,
                Translator.named(config.get(Setting.REPORT_MACHINE_TRANSLATOR)),
                Options.from(config), new IdentitySeal(SecretKeys.sealingKey(config)), clock);
    }

    /** The State's current review, or a clear refusal when the register knows none. */
    public ReviewFacts review(String state) {
        return inputs.review(state).orElseThrow(() -> new IllegalArgumentException(
                "No review of " + state + " is registered: draw the reviewing States (irm lots) or name the review's inputs."));
    }

    /** The States, of those given, whose review the register holds, in the order given. */
    public List<String> underReview(List<String> states) {
        return states.stream().filter(state -> inputs.review(state).isPresent()).toList();
    }

    /** Drafts one document in memory (for the bench, tests, or a caller that stores it elsewhere). */
    public Draft draft(String state, ReportKind kind, Language language) throws IOException {
        ReviewFacts review = review(state);
        StateAnswers answers = inputs.answers(review);
        Prepared prepared = prepare(review, answers, blocks(review, answers), translations(review), kind, language, today());
        return new Draft(review, kind, language, prepared.digest(), assemble(prepared), prepared.words(),
                prepared.findings());
    }

    /**
     * Writes each asked-for draft into the folder unless the latest draft of that kind and
     * language was made from the same inputs and is still there. New drafts take the first free
     * name of {@code <kind>-<ISO3>-<language>.docx}, {@code ...-2.docx}, ...; each is recorded in
     * the register with its digest, and a summary over its word limit is logged as a finding.
     *
     * <p>The drafts are composed, checked against the latest one and assembled side by side
     * ({@link Drafters}), as they depend only on the inputs read before; the files are written and
     * the register written, one draft after another in the order asked, as if they had been drafted
     * one at a time, each as soon as it is ready (while the next ones are still being drafted).
     */
    public List<Outcome> regenerateIfChanged(String state, List<Language> languages, List<ReportKind> kinds, Path folder)
            throws IOException {
        return outcomes(start(review(state), languages, kinds, folder));
    }

    /** What is done with each State's outcomes, on the calling thread. */
    public interface EachState {
        void drafted(String state, List<Outcome> outcomes) throws IOException;
    }

    /**
     * {@link #regenerateIfChanged} for each State in turn (each once), each State's outcomes handed to
     * {@code told} in the order given, as if each were asked for alone; except that while the drafters
     * draft one State's drafts, the next State's inputs are read and its blocks drawn into the register (on
     * the calling thread), which would otherwise leave the drafters waiting: a tenth of the work of drafting
     * 190 States (issue 20).
     *
     * @param languages the languages of a State's drafts, given its review
     * @param folders   where a State's drafts go, given its ISO3
     * @throws IOException the first failure; the States after it are not drafted
     */
    public void regenerateEach(List<String> states, Function<ReviewFacts, List<Language>> languages,
                               List<ReportKind> kinds, Function<String, Path> folders, EachState told) throws IOException {
        StateDrafts drafting = null; // the State whose drafts are under way, not taken yet
        try {
            for (String state : new LinkedHashSet<>(states)) {
                ReviewFacts review = review(state);
                StateDrafts next = start(review, languages.apply(review), kinds, folders.apply(state));
                StateDrafts done = drafting;
                drafting = next;
                if (done != null) {
                    told.drafted(done.review().state(), outcomes(done));
                }
            }
            if (drafting != null) {
                StateDrafts done = drafting;
                drafting = null;
                told.drafted(done.review().state(), outcomes(done));
            }
        } finally {
            if (drafting != null) {
                drafting.started().callOff();
            }
        }
    }

    /**
     * Reads the review's inputs and draws its blocks (on the calling thread), then starts its drafts: composed,
     * checked against the latest one and assembled side by side ({@link Drafters}), as they depend only on the
     * inputs read before.
     */
    private StateDrafts start(ReviewFacts review, List<Language> languages, List<ReportKind> kinds, Path folder) {
        StateAnswers answers = inputs.answers(review);
        List<ReportBlockVersion> blocks = blocks(review, answers);
        List<BlockTranslation> translations = translations(review);
        LocalDate today = today();
        Drafters.Started<Made> started = Drafters.started(distinct(kinds, languages), asked -> {
            Prepared draft = prepare(review, answers, blocks, translations, asked.kind(), asked.language(), today);
            Optional<Path> previous = unchangedDraft(review, draft, folder);
            // Only what the outcome needs is kept until it is written: not the rendered parts.
            byte[] bytes = previous.isEmpty() ? assemble(draft) : null;
            return new Made(draft.kind(), draft.language(), draft.digest(), draft.words(), draft.findings(), previous,
                    bytes, bytes == null ? null : sha256(bytes));
        });
        return new StateDrafts(review, languages, kinds, folder, started);
    }

    /** One State's drafts under way. */
    private record StateDrafts(ReviewFacts review, List<Language> languages, List<ReportKind> kinds, Path folder,
                               Drafters.Started<Made> started) { }

    /**
     * The State's drafts taken: the files written and the register written, one draft after another in the
     * order asked, as if they had been drafted one at a time, each as soon as it is ready (while the next ones
     * are still being drafted).
     */
    private List<Outcome> outcomes(StateDrafts drafts) throws IOException {
        Map<Asked, Outcome> outcomes = new HashMap<>();
        drafts.started().take(made -> outcomes.put(made.asked(), made.previous().isPresent()
                ? outcome(made, Status.UNCHANGED, made.previous().get()) : written(drafts.review(), made, drafts.folder())));
        return inOrderAsked(drafts.kinds(), drafts.languages(), outcomes);
    }

    /** A draft made: what its outcome tells, and its bytes, or the latest draft still in the folder made from the same inputs. */
    private record Made(ReportKind kind, Language language, String digest, int words, List<ReportFinding> findings,
                        Optional<Path> previous, byte[] bytes, String sha256) {
        Asked asked() {
            return new Asked(kind, language);
        }
    }

    /** A kind and language of draft asked for. */
    private record Asked(ReportKind kind, Language language) { }

    /** Each kind and language asked for, once, in the order asked. */
    private static List<Asked> distinct(List<ReportKind> kinds, List<Language> languages) {
        Set<Asked> asked = new LinkedHashSet<>();
        for (ReportKind kind : kinds) {
            for (Language language : languages) {
                asked.add(new Asked(kind, language));
            }
        }
        return List.copyOf(asked);
    }

    /** One outcome per draft asked for; one asked for twice is, the second time, the draft just written (unchanged). */
    private static List<Outcome> inOrderAsked(List<ReportKind> kinds, List<Language> languages, Map<Asked, Outcome> outcomes) {
        List<Outcome> inOrder = new ArrayList<>();
        Set<Asked> told = new HashSet<>();
        for (ReportKind kind : kinds) {
            for (Language language : languages) {
                Outcome outcome = outcomes.get(new Asked(kind, language));
                inOrder.add(told.add(new Asked(kind, language)) ? outcome : new Outcome(kind, language, Status.UNCHANGED,
                        outcome.file(), outcome.inputsDigest(), outcome.words(), outcome.findings()));
            }
        }
        return inOrder;
    }

    private static Outcome outcome(Made draft, Status status, Path file) {
        return new Outcome(draft.kind(), draft.language(), status, file, draft.digest(), draft.words(), draft.findings());
    }

    /** The latest draft of the kind and language, when it was made from the same inputs and is still in the folder. */
    private Optional<Path> unchangedDraft(ReviewFacts review, Prepared prepared, Path folder) {
        return records.latestDraft(review.reviewId(), prepared.kind().code(), prepared.language())
                .filter(latest -> latest.inputsDigest().equals(prepared.digest()))
                .map(latest -> folder.resolve(latest.fileName()))
                .filter(Files::isRegularFile);
    }

    private Outcome written(ReviewFacts review, Made prepared, Path folder) throws IOException {
        byte[] bytes = prepared.bytes();
        String sha256 = prepared.sha256();
        ReportKind kind = prepared.kind();
        Language language = prepared.language();
        Path file = new OutputFolder(folder).write(kind.code() + "-" + review.state() + "-" + language.code(), ".docx",
                bytes);
        Instant now = clock.instant();
        records.recordDraft(new ReportDraft(review.reviewId(), kind.code(), language, prepared.digest(), sha256,
                file.getFileName().toString(), prepared.words(), now));
        for (ReportFinding finding : prepared.findings()) {
            register.appendEvent(Event.of(now, Event.PIPELINE, "report.finding." + finding.code(), review.reviewId(),
                    sha256, file.getFileName() + ": " + finding.message()));
        }
        return outcome(prepared, Status.WRITTEN, file);
    }

    /** Draws the review's blocks from its inputs into the register (a no-op when nothing changed) and reads them back. */
    private List<ReportBlockVersion> blocks(ReviewFacts review, StateAnswers answers) {
        List<ReportRecords.Drawn> drawn = new BlockDrawer(catalogueOf(review)).draw(review, answers, inputs.notes(review));
        records.syncDrawn(review.reviewId(), drawn, clock.instant());
        return records.versions(review.reviewId());
    }

    /** The catalogue as the State answers it: a UNTOC review without the Protocols the State is not party to. */
    private Catalogue catalogueOf(ReviewFacts review) {
        return inputs.state(review.state()).map(catalogue::answeredBy).orElse(catalogue);
    }

    private ReportComposer composer(ReviewFacts review) {
        Catalogue answered = catalogueOf(review);
        return answered == catalogue ? composer : new ReportComposer(answered, labels, translator);
    }

        /** The translators' latest translation of each block into each language. */
    private List<BlockTranslation> translations(ReviewFacts review) {
        return register.reportTranslations().latest(review.reviewId());
    }

    /** What the drafts of a State's review in one language would show untranslated: what {@code irm translate export} writes. */
    public record ToTranslate(ReviewFacts review, Language language, List<ReportComposer.Untranslated> blocks) {
        public ToTranslate {
            blocks = List.copyOf(blocks);
        }
    }

    /**
     * The blocks the State's drafts in this language show untranslated, translated from an earlier
     * source (stale) or machine-translated, from the register as it stands (drawn afresh first, as a
     * draft would be).
     */
    public ToTranslate untranslated(String state, Language language) {
        ReviewFacts review = review(state);
        StateAnswers answers = inputs.answers(review);
        List<ReportBlockVersion> blocks = blocks(review, answers);
        ReviewFacts named = review.named(iso3 -> inputs.stateNames().find(iso3, language));
        return new ToTranslate(review, language, composer(review).untranslated(language, named, answers, blocks,
                translations(review)));
    }

    private record Prepared(ReportKind kind, Language language, ReportRenderer.Parts parts, byte[] body, DraftIdentity identity,
                            List<ReportComposer.ShownBlock> blocks, String digest, int words,
                            List<ReportFinding> findings) {
    }

    /** The day drafts are made, by the pipeline's clock (UTC, as the register dates): it words the review's steps. */
    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    private Prepared prepare(ReviewFacts review, StateAnswers answers, List<ReportBlockVersion> blocks,
                             List<BlockTranslation> translations, ReportKind kind, Language language, LocalDate today)
            throws IOException {
        String symbol = options.symbolOf(review.state(), kind);
        ReviewFacts named = review.named(iso3 -> inputs.stateNames().find(iso3, language));
        ReportComposer.Composed composed = composer(review).compose(kind, language, symbol, named, answers, blocks,
                translations, today);
        ReportRenderer.Parts parts = renderer.render(composed.report());
        byte[] body = parts.document().getBytes(StandardCharsets.UTF_8); // encoded once: digested, then written
        String digest = digest(review, kind, language, parts, body);
        DraftIdentity identity = new DraftIdentity(review.reviewId(), review.state(), kind, language, digest,
                composed.blocks(), null).sealedWith(seal);
        // The draft's own words: not the language markers, not the text still shown untranslated.
        int words = WordCount.ofDraft(parts.document(), composed.untranslatedTags(), options.eastAsianCharactersPerWord());
        List<ReportFinding> findings = new ArrayList<>();
        if (kind == ReportKind.SUMMARY && words > options.summaryMaxWords()) {
            findings.add(new ReportFinding(ReportFinding.SUMMARY_TOO_LONG, kind, language, labels.text(language,
                    "finding.summaryTooLong", Integer.toString(words), Integer.toString(options.summaryMaxWords()))));
        }
        return new Prepared(kind, language, parts, body, identity, List.copyOf(composed.blocks().values()), digest, words,
                findings);
    }

    private byte[] assemble(Prepared prepared) throws IOException {
        return writer.write(prepared.parts(), prepared.body(), prepared.identity(), prepared.blocks());
    }

    /** Everything the bytes follow from: the rendered parts carry the templates, labels and register content. */
    private static String digest(ReviewFacts review, ReportKind kind, Language language, ReportRenderer.Parts parts,
                                 byte[] body) {
        MessageDigest sha = Sha256.digest();
        for (String part : List.of("irm-report-v1", review.reviewId(), review.state(), kind.code(), language.code(),
                parts.document(), parts.styles(), parts.numbering(), parts.header(), parts.footer())) {
            // The body is the document's UTF-8, already encoded.
            byte[] bytes = part == parts.document() ? body : Objects.requireNonNull(part).getBytes(StandardCharsets.UTF_8);
            sha.update(Integer.toString(bytes.length).getBytes(StandardCharsets.US_ASCII));
            sha.update((byte) ':');
            sha.update(bytes);
        }
        return HexFormat.of().formatHex(sha.digest());
    }

    static String sha256(byte[] bytes) {
        return Sha256.hex(bytes);
    }
}
