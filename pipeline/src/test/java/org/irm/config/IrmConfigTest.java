package org.irm.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
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

    @Test
    void aClockStartGivesEveryCommandOfTheHomeThatDayOnOneTimelineThatNeverGoesBack() throws Exception {
        Map<String, String> settings = Map.of("irm.home", folder.toString(), "irm.clock.start", "2027-03-06T09:00:00Z");
        IrmConfig first = IrmConfig.of(settings);

        Instant firstRead = first.clock().instant();
        Instant secondCommand = IrmConfig.of(settings).clock().instant();

        assertThat(LocalDate.ofInstant(firstRead, java.time.ZoneOffset.UTC)).isEqualTo(LocalDate.of(2027, 3, 6));
        assertThat(firstRead).isAfterOrEqualTo(Instant.parse("2027-03-06T09:00:00Z"));
        assertThat(secondCommand).as("a later command goes on from the first").isAfterOrEqualTo(firstRead);
        assertThat(first.clock()).as("one clock per configuration").isSameAs(first.clock());
        assertThat(Files.readAllLines(folder.resolve(".irm/clock.anchor"))).first().isEqualTo("2027-03-06T09:00:00Z");
        assertThat(IrmConfig.of(Map.of("irm.home", folder.toString(), "irm.clock.start", "2027-05-01T09:00:00Z")).clock()
                .instant()).as("a new value starts anew").isBefore(Instant.parse("2027-05-01T10:00:00Z"));
        assertThat(IrmConfig.of(Map.of("irm.home", folder.toString())).clock().instant().getEpochSecond())
                .isCloseTo(Instant.now().getEpochSecond(), within(3600L));
    }

    @Test
    void aClockStartThatIsNoInstantIsRefusedWithTheFormWanted() {
        IrmConfig config = IrmConfig.of(Map.of("irm.home", folder.toString(), "irm.clock.start", "6 March 2027"));

        assertThatThrownBy(config::clock).isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("irm.clock.start must be an instant such as 2027-03-06T09:00:00Z, not '6 March 2027'");
    }
}
