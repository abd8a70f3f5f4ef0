package org.irm.translation;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.irm.catalogue.CatalogueException;
import org.irm.catalogue.FieldId;
import org.irm.catalogue.Language;
import org.irm.catalogue.StateList;
import org.irm.config.TemplateSource;
import org.irm.demo.FixedReportInputs;
import org.irm.demo.SampleReview;
import org.irm.register.Register;
import org.irm.register.RegisterDatabase;
import org.irm.report.ReportInputs;
import org.irm.report.ReportRenderer;
import org.irm.report.ReportService;
import org.irm.report.StateAnswers;
import org.irm.report.Translator;
import org.irm.testsupport.Checklists;

/** Report and translation services for tests: bundled templates, an embedded register of the test's own, Kenya's sample review. */
final class Translations {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2027-07-01T09:00:00Z"), ZoneOffset.UTC);

    private static ReportRenderer renderer;

    private Translations() {
    }

    static Register register(Path folder) {
        return Register.open(new RegisterDatabase("jdbc:h2:file:" + folder.resolve("register").toAbsolutePath()
                + ";DB_CLOSE_DELAY=5", "irm", ""));
    }

    /** Kenya's sample review in English, by Uganda and France: English answers and notes, a few notes in French. */
    static FixedReportInputs kenya() {
        try {
            StateList states = StateList.load(TemplateSource.bundled());
            return SampleReview.of(Checklists.cycle2(), states.find("KEN").orElseThrow(), Language.EN,
                    List.of(states.find("UGA").orElseThrow(), states.find("FRA").orElseThrow()), 7);
        } catch (CatalogueException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The same review with the State's answer to one field changed, as a later return would change it. */
    static FixedReportInputs withAnswer(FixedReportInputs inputs, FieldId field, String answer) {
        Map<FieldId, String> answers = new LinkedHashMap<>(inputs.answers().values());
        answers.put(field, answer);
        return new FixedReportInputs(inputs.review(), new StateAnswers(answers, inputs.answers().language()), inputs.notes());
    }

    static ReportService reports(ReportInputs inputs, Register register, ReportService.Options options, Translator machine)
            throws IOException {
        return new ReportService(Checklists.cycle2(), Checklists.labels(), renderer(), inputs, register, machine, options,
                Checklists.SEAL, CLOCK);
    }

    static ReportService reports(ReportInputs inputs, Register register) throws IOException {
        return reports(inputs, register, new ReportService.Options("CAC/COSP/IRG/II/1/1/Add.x", 1000), Translator.NONE);
    }

    static TranslationService translations(ReportService reports, Register register) {
        return new TranslationService(reports, register, CLOCK);
    }

    private static synchronized ReportRenderer renderer() throws IOException {
        if (renderer == null) {
            renderer = new ReportRenderer(TemplateSource.bundled(), Checklists.labels());
        }
        return renderer;
    }
}
