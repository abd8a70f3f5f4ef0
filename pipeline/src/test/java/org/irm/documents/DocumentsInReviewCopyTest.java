package org.irm.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import org.irm.catalogue.FieldId;
import org.irm.catalogue.Provision;
import org.irm.config.IrmConfig;
import org.irm.register.Register;
import org.irm.register.SubmissionSource;
import org.irm.register.SupportingDocuments.Document;
import org.irm.submission.Arrival;
import org.irm.testsupport.Checklists;
import org.irm.testsupport.SupportingFiles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DocumentsInReviewCopyTest {

    @TempDir
    Path home;

    private Register register;
    private SupportingDesk desk;
    private DocumentsInReviewCopy section;

    @BeforeEach
    void open() {
        IrmConfig config = IrmConfig.of(Map.of("irm.home", home.toString()));
        register = Register.open(config);
        desk = SupportingDesk.over(config, register);
        section = new DocumentsInReviewCopy(desk, Checklists.cycle2(), Checklists.labels());
    }

    @AfterEach
    void close() {
        register.close();
    }

    @Test
    void anAnswerCitesADocumentByItsTitleOrItsFileNameCaseAndAccentsAside() throws Exception {
        Document ethics = take("ethics-act-2003.docx", SupportingFiles.wordLaw("Public Officers Ethics Act", "Text."));
        Map<FieldId, String> answers = Map.of(
                FieldId.parse("uncac.9.1/measures"), "See the PUBLIC OFFICERS ETHICS ACT, section 12.",
                FieldId.parse("uncac.9.2/measures"), "Declarations are regulated (ethics-act-2003, part IV).",
                FieldId.parse("uncac.5.1/measures"), "A national anti-corruption policy was adopted in 2018.");

        assertThat(section.citedIn(ethics, answers)).extracting(Provision::id).containsExactly("uncac.9.1", "uncac.9.2");
    }

    @Test
    void aDocumentNamedByNoAnswerIsCitedNowhere() throws Exception {
        Document scan = take("scan.pdf", SupportingFiles.scannedPdf(1));

        assertThat(section.citedIn(scan, Map.of(FieldId.parse("uncac.9.1/measures"), "We attach a scan."))).isEmpty();
    }

    private Document take(String name, byte[] bytes) throws Exception {
        Path file = Files.write(home.resolve(name), bytes);
        return desk.take(new Arrival(file, name, SubmissionSource.CLI, null, null, Instant.now()), "KEN",
                desk.recognise(file).orElseThrow()).document();
    }
}
