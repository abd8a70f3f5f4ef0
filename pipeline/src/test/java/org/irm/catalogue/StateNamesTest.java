package org.irm.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.irm.config.TemplateSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StateNamesTest {

    @TempDir
    Path overrides;

    @Test
    void statesAreNamedWithTheirUnShortNamesInEachLanguage() throws CatalogueException {
        StateNames names = StateList.load(TemplateSource.bundled()).names();

        assertThat(names.of("EGY", Language.AR)).isEqualTo("مصر");
        assertThat(names.of("KEN", Language.ZH)).isEqualTo("肯尼亚");
        assertThat(names.of("KEN", Language.RU)).isEqualTo("Кения");
        // UN Spanish keeps "Kenya" where CLDR writes "Kenia".
        assertThat(names.of("KEN", Language.ES)).isEqualTo("Kenya");
        assertThat(names.of("GBR", Language.FR)).isEqualTo("Royaume-Uni de Grande-Bretagne et d’Irlande du Nord");
        assertThat(names.of("BOL", Language.EN)).isEqualTo("Bolivia (Plurinational State of)");
        assertThat(names.source("KEN", Language.ZH)).isEqualTo(StateNames.Source.UN);
    }

    @Test
    void aStateTheUnFilesLackIsNamedByCldr() throws CatalogueException {
        StateNames names = StateList.load(TemplateSource.bundled()).names();

        assertThat(names.of("EUU", Language.FR)).isEqualTo("Union européenne");
        assertThat(names.source("EUU", Language.FR)).isEqualTo(StateNames.Source.CLDR);
        assertThat(names.of("XYZ", Language.FR)).isEqualTo("XYZ");
    }

    @Test
    void theSecretariatsOverrideWinsOverTheUnName() throws IOException, CatalogueException {
        write("states/names-override.csv", "# our spelling\niso3,language,name\nEUU,zh,欧洲联盟\nkEN,ar,جمهورية كينيا\n");

        StateNames names = StateList.load(TemplateSource.withOverrides(overrides)).names();

        assertThat(names.of("EUU", Language.ZH)).isEqualTo("欧洲联盟");
        assertThat(names.of("KEN", Language.AR)).isEqualTo("جمهورية كينيا");
        assertThat(names.source("KEN", Language.AR)).isEqualTo(StateNames.Source.OVERRIDE);
        assertThat(names.of("KEN", Language.ZH)).isEqualTo("肯尼亚");
    }

    @Test
    void aBadOverrideLineIsReportedWithItsLineNumber() throws IOException {
        write("states/names-override.csv", "iso3,language,name\n# comment\nKEN,de,Kenia\nEGY,ar,\n");

        CatalogueException problem = catchThrowableOfType(
                () -> StateList.load(TemplateSource.withOverrides(overrides)), CatalogueException.class);

        assertThat(problem.problems()).extracting(CatalogueProblem::line).containsExactly(3, 4);
        assertThat(problem.getMessage()).contains("Unknown language 'de'", "the name is empty");
    }

    private void write(String path, String text) throws IOException {
        Path file = overrides.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }
}
