package org.irm.submission;

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
import org.irm.identity.IdentitySeal;
import org.irm.identity.IdentityVerifier;
import org.irm.mail.MailQueue;
import org.irm.mail.MailTexts;
import org.irm.register.FocalPoints;
import org.irm.register.IntakeRegister;
import org.irm.register.Register;
import org.irm.register.RegisteredStates;
import org.irm.submission.screening.DocumentOpening;

/**
 * Builds the return desk from the configuration: folders under {@code irm.watch.root}, the
 * sealing key, the templates, the file size limit and the intake settings. The States list is
 * imported into the register on the way, so focal points can be registered against it.
 */
public final class ReturnDesks {

    private ReturnDesks() {
    }

    /** The desk for States' checklists. */
    public static IntakeDesk open(IrmConfig config, Register register, Clock clock) {
        return open(config, register, clock, List.of());
    }

    /**
     * The desk with more kinds of return than States' checklists: each handler is asked before the
     * checklist handler whether it recognises a file (reviewers' copies, for example).
     */
    public static IntakeDesk open(IrmConfig config, Register register, Clock clock, List<ReturnHandler> others) {
        StateList states;
        I18nLabels labels;
        try {
            states = StateList.load(config.templates());
            labels = I18nLabels.load(config.templates());
        } catch (CatalogueException e) {
            throw new ConfigurationException("The templates cannot be used: " + e.getMessage());
        }
        new RegisteredStates(register).importStates(states.all());
        Map<String, String> names = states.all().stream().collect(Collectors.toMap(State::iso3, State::name));
        Function<String, String> stateNames = iso3 -> names.containsKey(iso3) ? names.get(iso3) + " (" + iso3 + ")" : iso3;
        PackageLimits limits = PackageLimits.DEFAULTS.withMaxFileBytes((long) config.getInt(Setting.MAX_FILE_MB) << 20);
        java.nio.file.Path root = config.path(Setting.WATCH_ROOT);
        MailTexts texts = new MailTexts(config.templates());
        IntakeRegister intake = new IntakeRegister(register);
        // Replies to e-mailed files are queued where irm run sends them from, whichever command took the file.
        ReplyPost replies = new MailedReplies(MailQueue.under(root), config.get(Setting.MAIL_FROM));
        Rejections rejections = new Rejections(intake, replies, root.resolve("rejected"), texts,
                new RefusalReasons(config.templates()), unidentifiedLanguages(config), clock);
        ChecklistChecks checks = new ChecklistChecks(List.of(new SealCheck(), new ReviewCopyCheck(),
                new SenderCheck(new FocalPoints(register), stateNames), new FolderCheck(stateNames)));
        IdentitySeal seal = new IdentitySeal(SecretKeys.sealingKey(config));
        ChecklistReturns checklists = new ChecklistReturns(new IdentityVerifier(seal),
                checks, new CatalogueShelf(config.templates(), labels), labels, intake, rejections, replies, texts,
                new ChecklistReturns.Answering(root.resolve("outbox"), config.get(Setting.INTAKE_COMMENT_AUTHOR),
                        config.get(Setting.INTAKE_COMMENT_INITIALS)),
                new CommentedCopy(config.get(Setting.INTAKE_COMMENT_AUTHOR), config.get(Setting.INTAKE_COMMENT_INITIALS),
                        limits),
                stateNames, clock, register);
        List<ReturnHandler> handlers = new ArrayList<>(others);
        handlers.add(ReportDraftReturns.over(register, seal, rejections, config.get(Setting.INTAKE_COMMENT_AUTHOR), clock));
        handlers.add(checklists);
        return new IntakeDesk(new Archive(root.resolve("archive")), new DocumentOpening(limits), handlers, register,
                rejections, texts, new LeftoverFiles(List.of(root.resolve("archive"), root.resolve("outbox"),
                root.resolve("rejected"))), clock);
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
