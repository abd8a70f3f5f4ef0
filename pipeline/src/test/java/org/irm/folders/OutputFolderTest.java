package org.irm.folders;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputFolderTest {

    @TempDir
    Path home;

    @Test
    void aSecondFileOfTheSameNameGetsTheNextFreeNameAndTheFirstIsKept() throws IOException {
        OutputFolder outbox = new OutputFolder(home.resolve("outbox").resolve("KEN"));
        Path first = outbox.write("checklist-KEN", ".docx", "first".getBytes(StandardCharsets.UTF_8));
        Path second = outbox.write("checklist-KEN", ".docx", "second".getBytes(StandardCharsets.UTF_8));

        assertEquals("checklist-KEN.docx", first.getFileName().toString());
        assertEquals("checklist-KEN-2.docx", second.getFileName().toString());
        assertEquals("first", Files.readString(first));
        assertEquals("second", Files.readString(second));
    }

    @Test
    void whatTheProducerMadeComesBackWithTheFile() throws IOException {
        OutputFolder.Written<Integer> written = new OutputFolder(home).produce("review-KEN", ".docx", out -> {
            out.write(new byte[] {1, 2, 3});
            return 3;
        });

        assertEquals(3, written.value());
        assertEquals(3, Files.size(written.file()));
    }

    @Test
    void aFailedWriteLeavesNeitherAFileNorATemporaryOne() throws IOException {
        OutputFolder folder = new OutputFolder(home);
        assertThrows(IOException.class, () -> folder.write("report-KEN-en", ".docx", out -> {
            out.write(1);
            throw new IOException("the writer failed half way");
        }));

        try (Stream<Path> left = Files.list(home)) {
            assertEquals(0, left.count(), "nothing, not even a temporary file, is left");
        }
    }

    @Test
    void aSendersNameLosesItsPathAndEverythingButLettersDigitsAndDashes() {
        assertEquals("evil-name", OutputFolder.safeBase("../../etc/evil name.docx"));
        assertEquals("file", OutputFolder.safeBase("..\\..\\"));
        assertEquals("docx", OutputFolder.safeExtension("Kenya.DOCX"));
        assertEquals("", OutputFolder.safeExtension("Kenya.docx\nX-Header: y"));
    }
}
