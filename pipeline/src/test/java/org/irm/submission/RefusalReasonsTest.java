package org.irm.submission;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.irm.catalogue.Language;
import org.irm.config.TemplateSource;
import org.irm.docx.RefusalReason;
import org.junit.jupiter.api.Test;

class RefusalReasonsTest {

    private static final String ENGLISH = "(the English sentence)";

    @Test
    void everyScreeningAndDeskRefusalHasItsOwnSentenceInEveryLanguage() {
        RefusalReasons reasons = new RefusalReasons(TemplateSource.bundled());
        // Every code a State's focal point may be refused with; report drafts are the secretariat's own
        // documents and REVIEW_COPY goes back to a reviewer: those are answered in English today.
        Set<RefusalReason> answeredInEnglish = EnumSet.of(RefusalReason.REVIEW_COPY, RefusalReason.REPORT_DRAFT_BY_MAIL,
                RefusalReason.UNKNOWN_REPORT_DRAFT, RefusalReason.REPORT_DRAFT_BAD_SEAL);
        List<String> codes = EnumSet.complementOf(EnumSet.copyOf(answeredInEnglish)).stream()
                .map(RefusalReason::code).toList();

        for (Language language : Language.values()) {
            if (language == Language.EN) {
                continue;
            }
            for (String code : codes) {
                assertThat(reasons.in(language, code, ENGLISH)).as("%s in %s", code, language).isNotEqualTo(ENGLISH);
            }
        }
    }

    @Test
    void refusalCodesAreKeptExactlyAsScriptsTemplatesAndTheRegisterKnowThem() {
        assertThat(Arrays.stream(RefusalReason.values()).map(RefusalReason::code)).containsExactlyInAnyOrder(
                "EMPTY", "TOO_LARGE", "NOT_WORD", "LEGACY_WORD", "OPEN_DOCUMENT", "MACRO_ENABLED", "TEMPLATE",
                "ENCRYPTED", "CORRUPT", "NOT_A_DOCUMENT_PACKAGE", "ZIP_BOMB", "EXTERNAL_ENTITIES", "DUPLICATE_ENTRY",
                "TOO_MANY_PARTS", "MACRO_ENABLED_FORMAT", "UNKNOWN_IDENTITY", "UNREADABLE_IDENTITY", "BAD_SEAL",
                "FOREIGN_STATE", "REVIEW_COPY", "UNREADABLE_REVIEW_COPY", "UNKNOWN_SENDER", "NOT_A_REVIEWER", "REPORT_DRAFT_BY_MAIL",
                "UNKNOWN_REPORT_DRAFT", "REPORT_DRAFT_BAD_SEAL",
                "FOREIGN_QUESTION_LIST");
    }
}
