package org.irm.folders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files written into a shared output folder are readable by the group, in the mode the settings give. */
class OutputFileModeTest {

    @TempDir
    Path home;

    @AfterEach
    void backToTheDefault() {
        OutputFolder.useFileMode(OutputFolder.DEFAULT_FILE_MODE);
    }

    @Test
    void aWrittenFileIsReadableByTheGroupByDefault() throws IOException {
        Path file = new OutputFolder(home.resolve("outbox/KEN")).write("receipt", ".txt", new byte[] {1});

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-r-----");
    }

    @Test
    void theConfiguredModeAppliesInEitherForm() throws IOException {
        OutputFolder.useFileMode("664");
        Path octal = new OutputFolder(home).write("a", ".txt", new byte[] {1});
        OutputFolder.useFileMode("rw-rw----");
        Path symbolic = new OutputFolder(home).write("b", ".txt", new byte[] {1});

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(octal))).isEqualTo("rw-rw-r--");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(symbolic))).isEqualTo("rw-rw----");
    }

    @Test
    void aModeThatIsNoneOrExecutableOrLocksTheOwnerOutIsRefusedInWords() {
        assertThatThrownBy(() -> OutputFolder.useFileMode("group-readable")).hasMessageContaining("write it as rw-r----- or 640");
        assertThatThrownBy(() -> OutputFolder.useFileMode("755")).hasMessageContaining("executable");
        assertThatThrownBy(() -> OutputFolder.useFileMode("r--r-----")).hasMessageContaining("keep rw for the owner");
    }
}
