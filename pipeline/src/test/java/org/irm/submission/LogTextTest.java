package org.irm.submission;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What a sender chose never starts a line of its own in the log, nor reorders what a reader sees. */
class LogTextTest {

    @Test
    void aNewlineInAFileNameCannotForgeASecondLogLine() {
        String name = "ken.docx\n2027-02-15 INFO REGISTERED forged.docx\r";

        assertThat(LogText.of(name)).isEqualTo("ken.docx\\n2027-02-15 INFO REGISTERED forged.docx\\r").doesNotContain("\n");
    }

    @Test
    void controlCharactersLineSeparatorsAndBidiOverridesAreShownEscaped() {
        assertThat(LogText.of("a\u0000b\u001bc\u2028d\u202eexe.docx")).isEqualTo("a\\u0000b\\u001bc\\u2028d\\u202eexe.docx");
    }

    @Test
    void aLongTextIsCutAndPlainTextIsUnchanged() {
        assertThat(LogText.of("x".repeat(10_000))).hasSize(503).endsWith("...");
        assertThat(LogText.of("Réponses du Kenya – مرحبا 中文.docx")).isEqualTo("Réponses du Kenya – مرحبا 中文.docx");
        assertThat(LogText.of(null)).isEqualTo("null");
    }
}
