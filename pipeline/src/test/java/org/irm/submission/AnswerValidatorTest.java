package org.irm.submission;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.assertj.core.groups.Tuple;
import org.irm.catalogue.FieldId;
import org.irm.catalogue.Language;
import org.irm.register.Answer;
import org.irm.register.Finding;
import org.irm.register.FoundBy;
import org.irm.testsupport.Checklists;
import org.junit.jupiter.api.Test;

/** The catalogue's rules, checked on a return's answers; findings are collected, never thrown. */
class AnswerValidatorTest {

    private final AnswerValidator validator = new AnswerValidator(Checklists.cycle2());

    @Test
    void measuresAreRequiredAndStepsWhenComplianceIsNotYes() {
        List<Finding> findings = validator.validate("KEN", answers("uncac.9.1/compliance=partly", "uncac.9.1/measures="));

        assertThat(findings).extracting(f -> f.field().toString(), Finding::code)
                .contains(Tuple.tuple("uncac.9.1/measures", "required"),
                        Tuple.tuple("uncac.9.1/steps", "requiredWhen"));
    }

    @Test
    void noStepsAreNeededWhenCompliant() {
        List<Finding> findings = validator.validate("KEN", answers("uncac.9.1/compliance=yes", "uncac.9.1/measures=Act 2015"));

        assertThat(findings).isEmpty();
    }

    @Test
    void tickingOtherRequiresItsDescriptionAndLongAnswersAreCounted() {
        List<Finding> findings = validator.validate("KEN", answers("uncac.9.1/compliance=yes",
                "uncac.9.1/measures=" + "word ".repeat(3001), "uncac.9.1/challenges#other=true"));

        assertThat(findings).extracting(Finding::code).containsExactlyInAnyOrder("tooLong", "requiredWhen");
        assertThat(findings).filteredOn(f -> f.code().equals("tooLong")).singleElement()
                .satisfies(f -> assertThat(f.arguments()).containsExactly("3001", "3000"));
    }

    @Test
    void aValueOutsideTheCodeListIsNotAllowedAndTheFindingReadsInTheStatesLanguage() {
        List<Finding> findings = validator.validate("FRA", answers("uncac.9.1/compliance=maybe", "uncac.9.1/measures=Loi"));

        assertThat(findings).extracting(Finding::code).contains("notAllowed");
        String text = new FindingText(Checklists.labels()).of(findings.get(0), Language.FR);
        assertThat(text).contains("maybe").doesNotContain("finding.");
    }

    private static List<Answer> answers(String... pairs) {
        List<Answer> answers = new ArrayList<>();
        for (String pair : pairs) {
            int equals = pair.indexOf('=');
            answers.add(new Answer(FieldId.parse(pair.substring(0, equals)), pair.substring(equals + 1), FoundBy.TAG, false));
        }
        return answers;
    }
}
