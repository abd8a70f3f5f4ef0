package org.irm.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.irm.catalogue.Language;
import org.irm.register.BlockTranslation;
import org.irm.register.ReportBlockVersion;

/**
 * Which text of a block a draft in one language shows, and how it came to be in that language.
 *
 * <p>An edit wins over anything drawn later (edits survive regeneration). An edit applies to every
 * draft that shows text in the language it was written in: an edit of an English observation shows
 * in the English, French and Spanish drafts alike when none of them has it translated; an edit
 * written in the French draft's own French shows in the French draft only.
 *
 * <p>For a draft in another language than the block's source text (the latest edit in the
 * source's language, else what was drawn), in this order: the translator's translation into the
 * draft's language ({@code irm translate import}) when it was made from this very source text
 * ({@link How#TRANSLATED}); an edit written in the draft's own language, when it is newer than any
 * translation; a translation made from an earlier source text, shown with a stale marker
 * ({@link How#STALE}: the translator's work stays visible and the secretariat sees it must be
 * translated again; {@code irm translate export} offers it again); the machine translator's
 * ({@link How#MACHINE}, none by default); else the source text as written, marked untranslated.
 *
 * @param original   the language of the source text, when the text shown is a translation of it; else null
 * @param translator who translated it (translated or stale), else null
 * @param source     the version whose text is the source of what is shown (null for a block with no version)
 */
record ShownText(String text, Language language, Language original, How how, String translator,
                 ReportBlockVersion source) {

    /** How the text shown came to be in the language it is in. */
    enum How {
        /** As written, in its own language (the draft's, or another one: then marked untranslated). */
        AS_WRITTEN,
        /** The translator's translation of the current source text. */
        TRANSLATED,
        /** A translator's translation of an earlier source text: shown with a stale marker. */
        STALE,
        /** The machine translator's. */
        MACHINE
    }

    /** Whether a draft in {@code target} shows this text as its translators left it: untranslated, stale or machine-made. */
    boolean awaitsTranslation(Language target) {
        return how == How.STALE || how == How.MACHINE || (how == How.AS_WRITTEN && language != target && !text.isBlank());
    }

    static Map<String, ShownText> choose(List<ReportBlockVersion> versions, Language target, Translator translator) {
        return choose(versions, List.of(), target, translator);
    }

    static Map<String, ShownText> choose(List<ReportBlockVersion> versions, List<BlockTranslation> translations,
                                         Language target, Translator translator) {
        Map<String, List<ReportBlockVersion>> byKey = new LinkedHashMap<>();
        versions.forEach(v -> byKey.computeIfAbsent(v.blockKey(), k -> new ArrayList<>()).add(v));
        Map<String, BlockTranslation> translated = new LinkedHashMap<>();
        translations.stream().filter(t -> t.language() == target).forEach(t -> translated.put(t.blockKey(), t));
        Map<String, ShownText> shown = new LinkedHashMap<>();
        byKey.forEach((key, all) -> shown.put(key, pick(all, translated.get(key), target, translator)));
        return shown;
    }

    /** The digest a translation records of the text it translated: sha256 over its paragraphs, one per line. */
    static String sourceDigest(String text) {
        return ReportComposer.digest(ReportComposer.paragraphs(text));
    }

    private static ShownText pick(List<ReportBlockVersion> versions, BlockTranslation translation, Language target,
                                  Translator translator) {
        ReportBlockVersion drawn = null;
        for (ReportBlockVersion version : versions) {
            if (!version.edited()) {
                drawn = version;
            }
        }
        Language original = drawn != null ? drawn.textLanguage() : versions.get(0).textLanguage();
        ReportBlockVersion source = latestEdit(versions, original).orElse(drawn);
        if (source == null) {
            source = versions.get(versions.size() - 1);
        }
        Optional<ReportBlockVersion> editInTarget = latestEdit(versions, target);
        boolean foreign = source.textLanguage() != target && !source.text().isBlank();
        BlockTranslation usable = translation != null && foreign
                && (editInTarget.isEmpty() || translation.recordedAt().isAfter(editInTarget.get().recordedAt()))
                ? translation : null;
        if (usable != null && usable.sourceLanguage() == source.textLanguage()
                && usable.sourceSha256().equals(sourceDigest(source.text()))) {
            return new ShownText(usable.text(), target, source.textLanguage(), How.TRANSLATED, usable.translator(), source);
        }
        if (editInTarget.isPresent()) {
            return new ShownText(editInTarget.get().text(), target, null, How.AS_WRITTEN, null, editInTarget.get());
        }
        if (foreign) {
            if (usable != null) {
                return new ShownText(usable.text(), target, source.textLanguage(), How.STALE, usable.translator(), source);
            }
            Optional<String> machine = translator.translate(source.text(), source.textLanguage(), target);
            if (machine.isPresent()) {
                return new ShownText(machine.get(), target, source.textLanguage(), How.MACHINE, null, source);
            }
        }
        return new ShownText(source.text(), source.textLanguage(), null, How.AS_WRITTEN, null, source);
    }

    private static Optional<ReportBlockVersion> latestEdit(List<ReportBlockVersion> versions, Language language) {
        ReportBlockVersion latest = null;
        for (ReportBlockVersion version : versions) {
            if (version.edited() && version.textLanguage() == language) {
                latest = version;
            }
        }
        return Optional.ofNullable(latest);
    }
}
