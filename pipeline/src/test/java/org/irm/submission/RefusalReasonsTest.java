package org.irm.submission;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.irm.catalogue.Language;
import org.irm.config.TemplateSource;
import org.irm.docx.RefusalReason;
import org.junit.jupiter.api.Test;

class RefusalReasonsTest {

    private static final String ENGLISH = "(the English sentence)";

    @Test
    void everyScreeningAndDeskRefusalHasItsOwnSentenceInEveryLanguage() {
        RefusalReasons reasons = new RefusalReasons(TemplateSource.bundled());
        List<String> codes = new ArrayList<>();
        for (RefusalReason reason : RefusalReason.values()) {
            codes.add(reason.name());
        }
        codes.addAll(List.of(ReturnRefusal.UNKNOWN_IDENTITY, ReturnRefusal.UNREADABLE_IDENTITY, ReturnRefusal.BAD_SEAL,
                ReturnRefusal.FOREIGN_STATE, ReturnRefusal.UNKNOWN_SENDER));

        for (Language language : Language.values()) {
            if (language == Language.EN) {
                continue;
            }
            for (String code : codes) {
                assertThat(reasons.in(language, code, ENGLISH)).as("%s in %s", code, language).isNotEqualTo(ENGLISH);
            }
        }
    }
}
