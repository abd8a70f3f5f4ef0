package org.irm.submission;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Temporary files a kill left in the desk's folders go at the next start; one another instance is writing stays. */
class LeftoverFilesTest {

    @TempDir
    Path home;

    @Test
    void theStartRemovesTemporaryFilesAStopLeftAndKeepsThoseStillBeingWrittenAndEveryOtherFile() throws Exception {
        DeskFixture fixture = new DeskFixture(home);
        Instant anHourAgo = Instant.now().minus(Duration.ofHours(1));
        Path arriving = old(fixture.watch("archive").resolve(".arriving-123.tmp"), anHourAgo);
        Path commented = old(fixture.watch("outbox").resolve("KEN/.commented-456.tmp"), anHourAgo);
        Path rejected = old(fixture.watch("rejected").resolve(".irm-789.tmp"), anHourAgo);
        Path receipt = old(fixture.watch("outbox").resolve("KEN/kenya-0a1b2c3d-receipt.txt"), anHourAgo);
        Path stateTemporary = old(fixture.watch("outbox").resolve("KEN/draft.tmp"), anHourAgo);
        Path beingWritten = Files.writeString(Files.createDirectories(fixture.watch("outbox").resolve("FRA"))
                .resolve(".irm-000.tmp"), "another instance is writing this");

        fixture.desk().finishUnfinished();

        assertThat(arriving).doesNotExist();
        assertThat(commented).doesNotExist();
        assertThat(rejected).doesNotExist();
        assertThat(receipt).exists();
        assertThat(stateTemporary).exists();
        assertThat(beingWritten).exists();
    }

    private static Path old(Path file, Instant modified) throws Exception {
        Files.createDirectories(file.getParent());
        Files.writeString(file, "left by a stop");
        Files.setLastModifiedTime(file, FileTime.from(modified));
        return file;
    }
}
