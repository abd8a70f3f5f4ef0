package org.irm.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.irm.catalogue.Language;
import org.irm.config.TemplateSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class MailTextsTest {

    private final MailTexts texts = new MailTexts(TemplateSource.bundled());

    @ParameterizedTest
    @EnumSource(Language.class)
    void theChecklistMailNamesTheStateTheDeadlineAndTheFileInEveryLanguage(Language language) {
        MailTexts.Text text = texts.render("checklist", language, Map.of("stateName", "Kenya", "cycle", "2",
                "reviewId", "uncac-2-KEN", "mechanism", "IRM", "deadline", "DEADLINE", "fileName", "checklist-KEN.docx",
                "agency", ""));

        assertThat(text.subject()).contains("Kenya").contains("DEADLINE").doesNotContain("\n");
        assertThat(text.body()).contains("checklist-KEN.docx").contains("DEADLINE").contains("uncac-2-KEN")
                .contains(".docx").doesNotContain("${");
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void theAnswerToAMessageWithoutAttachmentAsksForTheWordFileInEveryLanguage(Language language) {
        MailTexts.Text text = texts.render("no-attachment", language, Map.of("subject", "Our return"));

        assertThat(text.subject()).isNotBlank();
        assertThat(text.body()).contains("Our return").contains(".docx");
    }
}
