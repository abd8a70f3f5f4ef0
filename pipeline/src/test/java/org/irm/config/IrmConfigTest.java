package org.irm.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IrmConfigTest {

    @TempDir
    Path folder;

    @Test
    void theEnvironmentOverridesTheFileWhichOverridesTheDefault() throws Exception {
        Path file = folder.resolve("irm.properties");
        Files.writeString(file, "irm.watch.root=/srv/irm\nirm.cycle=1\n", StandardCharsets.UTF_8);

        IrmConfig config = IrmConfig.load(file, Map.of("IRM_CYCLE", "2"));

        assertThat(config.get(Setting.WATCH_ROOT)).isEqualTo("/srv/irm");
        assertThat(config.getInt(Setting.CYCLE)).isEqualTo(2);
        assertThat(config.get(Setting.INSTRUMENT)).isEqualTo("uncac");
    }

    @Test
    void aSealingKeyIsCreatedOnceAndThenReused() throws Exception {
        IrmConfig config = IrmConfig.of(Map.of("irm.home", folder.toString()));

        byte[] first = SecretKeys.sealingKey(config);
        byte[] second = SecretKeys.sealingKey(config);

        assertThat(first).hasSizeGreaterThanOrEqualTo(32).isEqualTo(second);
        assertThat(Files.getPosixFilePermissions(folder.resolve(".irm/secret.key")))
                .extracting(Object::toString).containsExactlyInAnyOrder("OWNER_READ", "OWNER_WRITE");
    }

    @Test
    void aShortKeyIsRefusedWithTheReason() {
        IrmConfig config = IrmConfig.of(Map.of("irm.secret.key", "short"));

        assertThatThrownBy(() -> SecretKeys.sealingKey(config)).isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("at least 16 characters");
    }

    @Test
    void aTemplatePathCannotLeaveTheOverrideFolder() {
        TemplateSource source = TemplateSource.withOverrides(folder);

        assertThatThrownBy(() -> source.open("../../etc/passwd")).isInstanceOf(IllegalArgumentException.class);
    }
}
