package org.irm.followup;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.irm.catalogue.Language;
import org.irm.config.TemplateSource;
import org.irm.testsupport.LibreOffice;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The follow-up form and the action plan open in LibreOffice and print with their text, in English and in Arabic. */
class FollowUpPdfIT {

    @TempDir
    Path home;

    @Test
    void theFormAndThePlanPrintInEnglishAndArabic() throws Exception {
        LibreOffice.require();
        FollowUpFixture fixture = new FollowUpFixture(home);
        fixture.kenyaReportDrafted();
        new FinalReportTracking(fixture.register(), FollowUpFixture.CLOCK).trackState("KEN");
        FollowUpLabels labels = FollowUpLabels.load(TemplateSource.bundled());
        ActionPlans plans = new ActionPlans(new Tracker(fixture.register().recommendations()), labels, TemplateSource.bundled());
        Path formEn = fixture.form(Language.EN, null, Set.of()).file();
        Path formAr = fixture.form(Language.AR, null, Set.of()).file();
        Path planEn = plans.write("KEN", "Kenya", Language.EN, LocalDate.of(2027, 9, 1), home.resolve("plans")).docx();
        Path planAr = plans.write("KEN", "Kenya", Language.AR, LocalDate.of(2027, 9, 1), home.resolve("plans")).docx();

        List<Path> pdfs = LibreOffice.toPdf(List.of(formEn, formAr, planEn, planAr), home.resolve("pdf"));

        for (int i = 0; i < 4; i++) {
            Language language = i % 2 == 0 ? Language.EN : Language.AR;
            String text = normalised(LibreOffice.pdfText(pdfs.get(i)));
            String title = labels.text(language, i < 2 ? "form.title" : "plan.title");
            assertThat(text).as(pdfs.get(i).getFileName().toString()).contains(normalised(title))
                    .contains(normalised(labels.text(language, "item.kind.recommendation")));
            if (i < 2) {
                assertThat(text).contains(normalised(labels.text(language, "field.measures")))
                        .contains(normalised(labels.text(language, "plan.target")));
            }
        }
    }

    /** As ChecklistPdfTest: pdftotext's Arabic in presentation forms, direction marks and lam-alef aside. */
    private static String normalised(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC)
                .replaceAll("[\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]", "")
                .replaceAll("[\\u0622\\u0623\\u0625\\u0627\\u0644]", "")
                .replaceAll("\\s+", " ").trim();
    }
}
