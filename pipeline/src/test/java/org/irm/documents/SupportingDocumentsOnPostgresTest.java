package org.irm.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import org.irm.config.IrmConfig;
import org.irm.register.Register;
import org.irm.register.SubmissionSource;
import org.irm.submission.Arrival;
import org.irm.testsupport.PostgresServer;
import org.irm.testsupport.SupportingFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The supporting documents' tables and search on PostgreSQL: the same SQL as on H2 (skipped without a server). */
class SupportingDocumentsOnPostgresTest {

    @TempDir
    Path home;

    @Test
    void aDocumentRegisteredOnPostgresIsListedAndFoundByItsWordsCaseAndAccentsAside() throws Exception {
        try (Register register = Register.open(PostgresServer.freshDatabase())) {
            SupportingDesk desk = SupportingDesk.over(IrmConfig.of(Map.of("irm.home", home.toString())), register);
            Path file = Files.write(home.resolve("ley.docx"), SupportingFiles.wordLaw("Ley de transparencia",
                    "Artículo 7. La corrupción de funcionarios públicos extranjeros es un delito (100% de los casos)."));

            SupportingDesk.Taken taken = desk.take(new Arrival(file, "ley.docx", SubmissionSource.CLI, null, null,
                    Instant.now()), "ESP", desk.recognise(file).orElseThrow());

            assertThat(taken.document().title()).isEqualTo("Ley de transparencia");
            assertThat(desk.of("ESP")).hasSize(1);
            assertThat(desk.search("CORRUPCION extranjeros", "ESP", 10)).singleElement()
                    .satisfies(hit -> assertThat(hit.snippet()).contains("La corrupción de funcionarios"));
            assertThat(desk.search("100%", null, 10)).hasSize(1);
            assertThat(desk.search("corrupcion", "KEN", 10)).isEmpty();
        }
    }
}
