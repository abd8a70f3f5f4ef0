package org.irm.report;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.irm.catalogue.Catalogue;
import org.irm.catalogue.CatalogueException;
import org.irm.catalogue.Chapter;
import org.irm.catalogue.Language;
import org.irm.catalogue.State;
import org.irm.catalogue.StateList;
import org.irm.config.TemplateSource;
import org.irm.demo.FixedReportInputs;
import org.irm.demo.SampleReview;
import org.irm.identity.IdentitySeal;
import org.irm.register.Register;
import org.irm.register.RegisterDatabase;
import org.irm.testsupport.Checklists;

/** Report services for tests: bundled templates, a fresh embedded register, Kenya's sample review. */
final class Reports {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2027-07-01T09:00:00Z"), ZoneOffset.UTC);
    static final ReportService.Options OPTIONS = new ReportService.Options("CAC/COSP/IRG/II/1/1/Add.x", 1000);

    private static ReportRenderer renderer;
    private static StateList states;

    private Reports() {
    }

    static synchronized ReportRenderer renderer() throws IOException {
        if (renderer == null) {
            renderer = new ReportRenderer(TemplateSource.bundled(), Checklists.labels());
        }
        return renderer;
    }

    static synchronized State state(String iso3) {
        try {
            if (states == null) {
                states = StateList.load(TemplateSource.bundled());
            }
        } catch (CatalogueException e) {
            throw new IllegalStateException(e);
        }
        return states.find(iso3).orElseThrow();
    }

    /** Kenya's sample review, in English, by Uganda and France. */
    static FixedReportInputs kenya() {
        return SampleReview.of(Checklists.cycle2(), state("KEN"), Language.EN, List.of(state("UGA"), state("FRA")), 7);
    }

    /** The second cycle's catalogue cut down to articles 9 and 52: short drafts for LibreOffice to print. */
    static Catalogue articles9And52() {
        Catalogue full = Checklists.cycle2();
        List<Chapter> chapters = full.chapters().stream().map(chapter -> new Chapter(chapter.number(),
                chapter.articles().stream().filter(a -> a.number() == 9 || a.number() == 52).toList())).toList();
        return new Catalogue(full.id(), full.instrument(), full.cycle(), full.version(), chapters, full.general(),
                full.codeLists());
    }

    static ReportService service(Catalogue catalogue, ReportInputs inputs, Register register) throws IOException {
        return new ReportService(catalogue, Checklists.labels(), renderer(), inputs, register, Translator.NONE,
                OPTIONS, Checklists.SEAL, CLOCK);
    }

    static ReportService serviceSealedWith(IdentitySeal seal, ReportInputs inputs, Register register)
            throws IOException {
        return new ReportService(Checklists.cycle2(), Checklists.labels(), renderer(), inputs, register, Translator.NONE,
                OPTIONS, seal, CLOCK);
    }

    /** The importer of drafts this register's services wrote (same key). */
    static DraftImporter importer(Register register) {
        return new DraftImporter(register.reportRecords(), Checklists.SEAL, CLOCK);
    }

    static Register register(Path folder) {
        return Register.open(new RegisterDatabase("jdbc:h2:file:" + folder.resolve("register").toAbsolutePath() + ";DB_CLOSE_DELAY=5", "irm", ""));
    }

    static ReportService service(ReportInputs inputs, Register register) throws IOException {
        return new ReportService(Checklists.cycle2(), Checklists.labels(), renderer(), inputs, register, Translator.NONE,
                OPTIONS, Checklists.SEAL, CLOCK);
    }
}
