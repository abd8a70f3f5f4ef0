package org.irm.register;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.irm.config.IrmConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RegisterDatabaseTest {

    @TempDir
    Path home;

    @Test
    void theDefaultH2FileLivesUnderTheConfiguredHome() {
        RegisterDatabase database = RegisterDatabase.from(IrmConfig.of(Map.of("irm.home", home.toString())));

        assertThat(database.url()).isEqualTo("jdbc:h2:file:" + home.resolve("irm-data/register") + ";AUTO_SERVER=FALSE;WRITE_DELAY=0");
        assertThat(database.user()).isEqualTo("irm");
    }

    @Test
    void absoluteH2PathsAndOtherDatabasesAreLeftAsConfigured() {
        Path elsewhere = home.resolve("elsewhere/register").toAbsolutePath();

        assertThat(RegisterDatabase.resolveH2File("jdbc:h2:file:" + elsewhere, Path.of("/srv/irm")))
                .isEqualTo("jdbc:h2:file:" + elsewhere);
        assertThat(RegisterDatabase.resolveH2File("jdbc:postgresql://db.example.org/irm", Path.of("/srv/irm")))
                .isEqualTo("jdbc:postgresql://db.example.org/irm");
    }

    @Test
    void thePasswordComesFromTheSettingsAndStaysOutOfMessages() {
        RegisterDatabase database = RegisterDatabase.from(IrmConfig.of(Map.of("irm.home", home.toString(),
                "irm.db.url", "jdbc:postgresql://db.example.org/irm;password=oops", "irm.db.password", "s3cret")));

        assertThat(database.password()).isEqualTo("s3cret");
        assertThat(database.describe()).isEqualTo("jdbc:postgresql://db.example.org/irm").doesNotContain("s3cret");
    }
}
