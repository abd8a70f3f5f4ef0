package org.irm.submission;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.irm.catalogue.CatalogueException;
import org.irm.catalogue.I18nLabels;
import org.irm.catalogue.Language;
import org.irm.catalogue.State;
import org.irm.catalogue.StateList;
import org.irm.config.ConfigurationException;
import org.irm.config.IrmConfig;
import org.irm.config.SecretKeys;
import org.irm.config.Setting;
import org.irm.docx.CommentedCopy;
import org.irm.docx.PackageLimits;
import org.irm.folders.LeftoverFiles;
import org.irm.identity.IdentitySeal;
import org.irm.identity.IdentityVerifier;
import org.irm.mail.MailQueue;
import org.irm.mail.MailTexts;
import org.irm.register.FocalPoints;
import org.irm.register.IntakeRegister;
import org.irm.register.Register;
import org.irm.register.RegisteredStates;
import org.irm.submission.screening.Check;
import org.irm.submission.screening.DocumentOpening;

/**
 * Builds the return desk from the configuration: folders under {@code irm.watch.root}, the
 * sealing key, the templates, the file size limit and the intake settings. The States list is
 * imported into the register on the way, so focal points can be registered against it.
 *
 * <p>The desk's own parts (archive, screening, refusals, replies) are built here; the handlers it
 * hands files to are given to {@link #open(List)}, so one composition root ({@code cli.PipelineDesks})
 * decides which kinds of return the pipeline takes and in which order. {@link #checklists()} is the
 * handler for States' checklists.
 */
public final class ReturnDesks {

    private final IrmConfig config;
    private final Register register;
    private final Clock clock;
    private final I18nLabels labels;
    private final Function<String, String> stateNames;
    private final StateList states;
    private final PackageLimits limits;
    private final Path root;
    private final MailTexts texts;
    private final IntakeRegister intake;
    private final ReplyPost replies;
    private final Rejections rejections;
    private final IdentitySeal seal;

    private ReturnDesks(IrmConfig config, Register register, Clock clock) {
        try {
            states = StateList.load(config.templates());
            labels = I18nLabels.load(config.templates());
        } catch (CatalogueException e) {
            throw new ConfigurationException("The templates cannot be used: " + e.getMessage());
        }
        this.config = config;
        this.register = register;
        this.clock = clock;
        new RegisteredStates(register).importStates(states.all());
        Map<String, String> names = states.all().stream().collect(Collectors.toMap(State::iso3, State::name));
        stateNames = iso3 -> names.containsKey(iso3) ? names.get(iso3) + " (" + iso3 + ")" : iso3;
        limits = PackageLimits.DEFAULTS.withMaxFileBytes((long) config.getInt(Setting.MAX_FILE_MB) << 20);
        root = config.path(Setting.WATCH_ROOT);
        texts = new MailTexts(config.templates());
        intake = new IntakeRegister(register);
        // Replies to e-mailed files are queued where irm run sends them from, whichever command took the file.
        replies = new MailedReplies(MailQueue.under(root), config.get(Setting.MAIL_FROM));
        rejections = new Rejections(intake, replies, root.resolve("rejected"), texts,
                new RefusalReasons(config.templates()), unidentifiedLanguages(config), clock);
        seal = new IdentitySeal(SecretKeys.sealingKey(config));
    }

    /** The desk's parts over this configuration and register (imports the States list into the register). */
    public static ReturnDesks over(IrmConfig config, Register register, Clock clock) {
        return new ReturnDesks(config, register, clock);
    }

    /** The key the pipeline's documents are sealed with, for handlers that verify their own kind. */
    public IdentitySeal seal() {
        return seal;
    }

    /** The handler for States' checklists: seal, reviewer's copy, sender and folder checks, then register and answer. */
    public ReturnHandler checklists() {
        return checklists(AccompanyingDocuments.NONE, List.of());
    }

    /** The handler for States' checklists, whose receipts list the supporting documents that came with them. */
    public ReturnHandler checklists(AccompanyingDocuments accompanying) {
        return checklists(accompanying, List.of());
    }

    /**
     * The handler for States' checklists with more checks of who sent them, asked after the seal's and
     * before the focal point's (the refusal of a contributor's address, from {@code contributors}).
     */
    public ReturnHandler checklists(List<ChecklistCheck> senderChecks) {
        return checklists(AccompanyingDocuments.NONE, senderChecks);
    }

    /** The handler for States' checklists with both: receipts listing supporting documents, more checks of who sent them. */
    public ReturnHandler checklists(AccompanyingDocuments accompanying, List<ChecklistCheck> senderChecks) {
        List<ChecklistCheck> all = new ArrayList<>(List.of(new SealCheck(), new ReviewCopyCheck()));
        all.addAll(senderChecks);
        all.addAll(List.of(new SenderCheck(new FocalPoints(register), stateNames), new FolderCheck(stateNames)));
        Check<ChecklistReturn> checks = Check.inOrder(all);
        ChecklistReceipts receipts = new ChecklistReceipts(labels, intake, replies, texts, root.resolve("outbox"),
                new CommentedCopy(config.get(Setting.INTAKE_COMMENT_AUTHOR), config.get(Setting.INTAKE_COMMENT_INITIALS),
                        limits), (iso3, language) -> states.names().find(iso3, language).map(name -> name + " (" + iso3 + ")")
                        .orElse(iso3), clock, accompanying);
        return new ChecklistReturns(new IdentityVerifier(seal), checks, new CatalogueShelf(config.templates(), labels),
                intake, rejections, receipts, clock, register);
    }

    /** The desk, handing each screened file to the first of these handlers that recognises it. */
    public IntakeDesk open(List<ReturnHandler> handlers) {
        return new IntakeDesk(new Archive(root.resolve("archive")), new ArrivalRecords(root.resolve("archive")),
                config.instanceId(), new DocumentOpening(limits), handlers, register, rejections, texts, deskLeftovers(),
                clock);
    }

    /**
     * The desk's temporary files: a half-copied original in {@code archive/} or a half-written arrival record in
     * {@code archive/arrivals/} ({@code .arriving-*.tmp}),
     * a half-written receipt, annotated or rejected copy in {@code outbox/<ISO3>/} and {@code rejected/}
     * ({@code .irm-*.tmp}, {@code .commented-*.tmp}). A State's own {@code draft.tmp} is not one.
     */
    private LeftoverFiles deskLeftovers() {
        return new LeftoverFiles(List.of(root.resolve("archive"), root.resolve("outbox"), root.resolve("rejected")), 2,
                name -> name.endsWith(".tmp") && (name.startsWith(".arriving-") || name.startsWith(".irm-")
                        || name.startsWith(".commented-")));
    }

    /** A desk for States' checklists alone (tests and tools that need no later stage). */
    public static IntakeDesk open(IrmConfig config, Register register, Clock clock) {
        return open(config, register, clock, List.of());
    }

    /**
     * A desk for States' checklists with more kinds of return asked first (tests and tools; the
     * pipeline's own desk is put together in {@code cli.PipelineDesks}).
     */
    public static IntakeDesk open(IrmConfig config, Register register, Clock clock, List<ReturnHandler> others) {
        ReturnDesks desks = over(config, register, clock);
        List<ReturnHandler> handlers = new ArrayList<>(others);
        handlers.add(desks.checklists());
        return desks.open(handlers);
    }

    private static List<Language> unidentifiedLanguages(IrmConfig config) {
        String value = config.get(Setting.INTAKE_UNIDENTIFIED_LANGUAGES);
        try {
            List<Language> languages = Arrays.stream(value.split(",")).map(String::trim).filter(s -> !s.isEmpty())
                    .map(Language::of).distinct().toList();
            if (languages.isEmpty()) {
                throw new ConfigurationException(Setting.INTAKE_UNIDENTIFIED_LANGUAGES.key() + " names no language");
            }
            return languages;
        } catch (IllegalArgumentException e) {
            throw new ConfigurationException(Setting.INTAKE_UNIDENTIFIED_LANGUAGES.key() + ": " + e.getMessage());
        }
    }
}
