package org.irm.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.irm.testsupport.IrmCommandLine.onlyDocx;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import org.irm.folders.OutputFolder;
import org.irm.testsupport.IrmCommandLine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code irm.output.fileMode}: what the commands write into the shared outbox, the group can read. */
class OutputFileModeCommandTest {

    @TempDir
    Path home;

    @AfterEach
    void backToTheDefault() {
        OutputFolder.useFileMode(OutputFolder.DEFAULT_FILE_MODE);
    }

    @Test
    void theChecklistTheReceiptAndTheAnnotatedCopyTakeTheConfiguredMode() throws IOException {
        IrmCommandLine irm = IrmCommandLine.in(home, "irm.secret.key=file-mode-test-key-0123456789",
                "irm.output.fileMode=rw-rw----");
        irm.run("checklist", "--state", "KEN", "--agency", "Ministry of Justice", "--provisions", "9");
        Path issued = onlyDocx(home.resolve("watch-folders/outbox/KEN"));
        Path blank = Files.copy(issued, home.resolve("blank.docx"));

        assertThat(irm.run("ingest", blank.toString())).as(irm.out() + irm.err()).isZero(); // registered, with findings

        List<Path> written;
        try (Stream<Path> files = Files.list(home.resolve("watch-folders/outbox/KEN"))) {
            written = files.toList();
        }
        assertThat(written).hasSize(3) // the checklist, its receipt and the copy with the fields to fix
                .allSatisfy(file -> assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
                        .as(file.toString()).isEqualTo("rw-rw----"));
    }

    @Test
    void withoutTheSettingTheGroupReads() throws IOException {
        IrmCommandLine irm = IrmCommandLine.in(home, "irm.secret.key=file-mode-test-key-0123456789");
        irm.run("checklist", "--state", "KEN", "--agency", "Ministry of Justice", "--provisions", "9");

        Path issued = onlyDocx(home.resolve("watch-folders/outbox/KEN"));
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(issued))).isEqualTo("rw-r-----");
    }

    @Test
    void aModeThatIsNoneIsOneLineAndExitCodeTwo() {
        IrmCommandLine irm = IrmCommandLine.in(home, "irm.output.fileMode=everyone");

        assertThat(irm.run("status")).isEqualTo(2);
        assertThat(irm.err().strip()).isEqualTo("irm status: irm.output.fileMode: 'everyone' is not a file mode: "
                + "write it as rw-r----- or 640");
    }
}
