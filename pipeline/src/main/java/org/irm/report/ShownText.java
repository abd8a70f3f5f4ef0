package org.irm.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.irm.catalogue.Language;
import org.irm.register.ReportBlockVersion;

/**
 * Which version of a block a draft in one language shows. An edit wins over anything drawn later
 * (edits survive regeneration). An edit applies to every draft that shows text in the language it
 * was written in: an edit of an English observation shows in the English, French and Spanish
 * drafts alike when none of them has it translated; an edit written in the French draft's own
 * French shows in the French draft only.
 *
 * @param original the language the text was written in, when it was translated for this draft; else null
 */
record ShownText(String text, Language language, Language original) {

    static Map<String, ShownText> choose(List<ReportBlockVersion> versions, Language target, Translator translator) {
        Map<String, List<ReportBlockVersion>> byKey = new LinkedHashMap<>();
        versions.forEach(v -> byKey.computeIfAbsent(v.blockKey(), k -> new ArrayList<>()).add(v));
        Map<String, ShownText> shown = new LinkedHashMap<>();
        byKey.forEach((key, all) -> shown.put(key, pick(all, target, translator)));
        return shown;
    }

    private static ShownText pick(List<ReportBlockVersion> versions, Language target, Translator translator) {
        ReportBlockVersion drawn = null;
        for (ReportBlockVersion version : versions) {
            if (!version.edited()) {
                drawn = version;
            }
        }
        Language original = drawn != null ? drawn.textLanguage() : versions.get(0).textLanguage();
        Optional<ReportBlockVersion> editInTarget = latestEdit(versions, target);
        if (editInTarget.isPresent()) {
            return new ShownText(editInTarget.get().text(), target, null);
        }
        ReportBlockVersion source = latestEdit(versions, original).orElse(drawn);
        if (source == null) {
            source = versions.get(versions.size() - 1);
        }
        if (source.textLanguage() != target && !source.text().isEmpty()) {
            Optional<String> translated = translator.translate(source.text(), source.textLanguage(), target);
            if (translated.isPresent()) {
                return new ShownText(translated.get(), target, source.textLanguage());
            }
        }
        return new ShownText(source.text(), source.textLanguage(), null);
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
