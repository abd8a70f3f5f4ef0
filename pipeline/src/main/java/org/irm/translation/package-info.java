/**
 * Stage: translation of report drafts (issue 17): the blocks a language's drafts show untranslated
 * written out as XLIFF 2.0 for translators' tools ({@link org.irm.translation.XliffWriter}), and
 * translated XLIFF read back safely ({@link org.irm.translation.XliffReader}) into the register
 * ({@link org.irm.translation.TranslationService}), where the drafts find it. Which text a draft
 * shows (source, translation, stale translation, machine translation) is the report's choice
 * ({@code report.ShownText}); the machine-translation hook is {@link org.irm.report.Translator}.
 * May use the lower packages ({@code config}, {@code catalogue}, {@code docx} for safe XML,
 * {@code folders}, {@code register}) and {@code report}; no stage uses it but {@code cli}.
 */
package org.irm.translation;
