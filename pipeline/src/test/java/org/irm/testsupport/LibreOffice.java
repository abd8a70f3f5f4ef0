package org.irm.testsupport;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Real LibreOffice, headless, for round trips and PDF conversion in tests. Each conversion runs
 * with its own user profile so parallel or leftover instances never lock each other out.
 * Without LibreOffice a test fails loudly, unless {@code -Dirm.lo.optional=true} says it may skip.
 */
public final class LibreOffice {

    private LibreOffice() {
    }

    /** Fails (or, when allowed, skips) the calling test when soffice is not installed. */
    public static void require() {
        if (available()) {
            return;
        }
        String message = "LibreOffice (soffice) is not installed: install Debian's libreoffice-writer-nogui "
                + "(.ci/run does), or run with -Dirm.lo.optional=true to skip the LibreOffice round trips.";
        if (Boolean.getBoolean("irm.lo.optional")) {
            assumeTrue(false, message);
        }
        fail(message);
    }

    public static boolean available() {
        return run(List.of("soffice", "--version"), Path.of(System.getProperty("java.io.tmpdir")), 60) == 0;
    }

    /** Opens the file in LibreOffice and saves it as .docx into the folder, as a State using LibreOffice would. */
    public static Path resaveAsDocx(Path file, Path folder) {
        return convert(file, folder, "docx:MS Word 2007 XML", ".docx");
    }

    /** Converts the file to PDF into the folder. */
    public static Path toPdf(Path file, Path folder) {
        return convert(file, folder, "pdf", ".pdf");
    }

    /**
     * Converts several files to PDF into the folder in one LibreOffice start (each start costs more
     * than a conversion); returns the PDFs in the files' order.
     */
    public static List<Path> toPdf(List<Path> files, Path folder) {
        require();
        try {
            Files.createDirectories(folder);
            Path profile = Files.createTempDirectory("lo-profile-");
            List<String> command = new ArrayList<>(List.of("soffice", "-env:UserInstallation=" + profile.toUri(),
                    "--headless", "--norestore", "--convert-to", "pdf", "--outdir", folder.toString()));
            files.forEach(file -> command.add(file.toString()));
            int exit = run(command, folder, 600);
            List<Path> pdfs = new ArrayList<>();
            for (Path file : files) {
                String name = file.getFileName().toString();
                Path out = folder.resolve(name.substring(0, name.lastIndexOf('.')) + ".pdf");
                if (exit != 0 || !Files.isRegularFile(out)) {
                    fail("LibreOffice could not convert " + file + " (exit " + exit + ")");
                }
                pdfs.add(out);
            }
            return pdfs;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Skips the calling test when this LibreOffice cannot show a document with comments in a view. Debian's
     * libreoffice-writer-nogui ships none of Writer's window layouts (share/config/soffice.cfg/modules/swriter/ui
     * is empty): opening any Writer document that has a comment through UNO then aborts soffice
     * (NoSuchElementException for swriter/ui/annotation.ui from InterimItemWindow, std::terminate, "Binary URP
     * bridge disposed"), while --convert-to, which makes no view, works. Debian's libreoffice-writer has them.
     */
    public static void requireWriterWindows() {
        require();
        Path layout = writerWindowLayout();
        assumeTrue(layout != null && Files.isRegularFile(layout), "LibreOffice has no " + layout
                + " (Debian's libreoffice-writer-nogui ships no Writer window layouts, and LibreOffice aborts opening a"
                + " document with comments in a view): install Debian's libreoffice-writer (.ci/run does) to run this test.");
    }

    /** Where this LibreOffice keeps the layout of Writer's comment window, from the soffice on the PATH. */
    private static Path writerWindowLayout() {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            Path soffice = Path.of(dir, "soffice");
            if (Files.isExecutable(soffice)) {
                try {
                    // /usr/bin/soffice links to <install>/program/soffice.
                    Path install = soffice.toRealPath().getParent().getParent();
                    return install.resolve("share/config/soffice.cfg/modules/swriter/ui/annotation.ui");
                } catch (IOException e) {
                    return null;
                }
            }
        }
        return null;
    }

    /** Accepts every tracked change of the file in LibreOffice (Edit > Track Changes > Accept All) and saves it as .docx into the folder. */
    public static Path acceptAllChanges(Path file, Path folder) {
        return trackedChanges("accept", "-", file, folder);
    }

    /** Rejects every tracked change of the file in LibreOffice (Reject All) and saves it as .docx into the folder. */
    public static Path rejectAllChanges(Path file, Path folder) {
        return trackedChanges("reject", "-", file, folder);
    }

    /** Accepts only the tracked changes whose author is this one (one by one, as a user filtering by author would). */
    public static Path acceptChangesOf(String author, Path file, Path folder) {
        return trackedChanges("accept-author", author, file, folder);
    }

    /**
     * Runs src/test/resources/libreoffice/tracked_changes.py: LibreOffice driven through UNO (Debian's
     * python3-uno), with its own user profile, bounded in time.
     */
    private static Path trackedChanges(String mode, String author, Path file, Path folder) {
        requireWriterWindows();
        try {
            Files.createDirectories(folder);
            Path work = Files.createTempDirectory("lo-uno-");
            Path script = unoScript(work, "tracked_changes.py");
            Path log = work.resolve("log.txt");
            String name = file.getFileName().toString();
            // LibreOffice works on its own copy: its lock file never lands beside the original.
            Path input = Files.copy(file, work.resolve(name));
            Path out = folder.resolve(name.substring(0, name.lastIndexOf('.')) + "-" + mode + ".docx");
            Process process = new ProcessBuilder(python(), script.toString(), work.resolve("profile").toString(), mode, author,
                    input.toString(), out.toAbsolutePath().toString())
                    .directory(work.toFile()).redirectErrorStream(true).redirectOutput(log.toFile()).start();
            if (!process.waitFor(300, TimeUnit.SECONDS)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
                fail("LibreOffice took more than 300 s to " + mode + " the tracked changes of " + file);
            }
            if (process.exitValue() != 0 || !Files.isRegularFile(out)) {
                fail("LibreOffice could not " + mode + " the tracked changes of " + file + " (exit " + process.exitValue()
                        + "; needs Debian's python3-uno, .ci/run installs it): " + Files.readString(log, StandardCharsets.UTF_8));
            }
            return out;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Copies one of src/test/resources/libreoffice's scripts into the work folder, with the office module it imports. */
    private static Path unoScript(Path work, String name) throws IOException {
        for (String file : List.of(name, "uno_office.py")) {
            try (var in = LibreOffice.class.getResourceAsStream("/libreoffice/" + file)) {
                Files.copy(in, work.resolve(file));
            }
        }
        return work.resolve(name);
    }

    /**
     * One file to answer in LibreOffice as a State's editor would: each edit names a content control by
     * its field's bookmark and says what is done to it ({@code pickDate} and {@code shows}, {@code choose},
     * {@code tick}, {@code type}; see src/test/resources/libreoffice/content_controls.py).
     */
    public record ControlEdits(Path in, Path out, List<Map<String, Object>> edits) { }

    /**
     * Runs src/test/resources/libreoffice/content_controls.py: LibreOffice driven through UNO (Debian's
     * python3-uno), every file in one start, with its own user profile, bounded in time; each file is saved
     * as .docx where its job says.
     */
    public static void editControls(List<ControlEdits> jobs) {
        require();
        try {
            Path work = Files.createTempDirectory("lo-uno-");
            Path script = unoScript(work, "content_controls.py");
            List<Map<String, Object>> described = new ArrayList<>();
            for (ControlEdits job : jobs) {
                Files.createDirectories(job.out().toAbsolutePath().getParent());
                // LibreOffice works on its own copy: its lock file never lands beside the original.
                Path input = Files.copy(job.in(), work.resolve(described.size() + "-" + job.in().getFileName()));
                described.add(Map.of("in", input.toString(), "out", job.out().toAbsolutePath().toString(), "edits", job.edits()));
            }
            Path jobsFile = work.resolve("jobs.json");
            new ObjectMapper().writeValue(jobsFile.toFile(), described);
            Path log = work.resolve("log.txt");
            Process process = new ProcessBuilder(python(), script.toString(), work.resolve("profile").toString(),
                    jobsFile.toString()).directory(work.toFile()).redirectErrorStream(true).redirectOutput(log.toFile()).start();
            if (!process.waitFor(300, TimeUnit.SECONDS)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
                fail("LibreOffice took more than 300 s to answer " + jobs.size() + " checklists");
            }
            if (process.exitValue() != 0 || jobs.stream().anyMatch(job -> !Files.isRegularFile(job.out()))) {
                fail("LibreOffice could not answer the checklists (exit " + process.exitValue()
                        + "; needs Debian's python3-uno, .ci/run installs it): " + Files.readString(log, StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * Fills tables of a document in LibreOffice as a user types into them, through UNO: each table,
     * found by a bookmark in it, gets its rows written after the header, rows inserted below the last
     * one (Table > Insert > Rows Below) where it has too few; saved as .docx at {@code out}.
     *
     * @param tables {@code {"bookmark": NAME, "rows": [[CELL, ...], ...]}} each
     */
    public static void fillTables(Path in, Path out, List<Map<String, Object>> tables) {
        fillFollowUpForm(in, out, List.of(), tables);
    }

    /**
     * Fills a follow-up form in LibreOffice as a State's editor would, through its own API (UNO;
     * src/test/resources/libreoffice/followup_form.py: {@code edits} name content controls by bookmark and
     * {@code choose} or {@code fill} them, {@code tables} add action-plan rows), and saves it as .docx at
     * {@code out}; with its own user profile, bounded in time.
     */
    public static Path fillFollowUpForm(Path in, Path out, List<Map<String, Object>> edits,
                                        List<Map<String, Object>> tables) {
        require();
        try {
            Path work = Files.createTempDirectory("lo-followup-");
            for (String name : List.of("followup_form.py", "content_controls.py", "uno_office.py")) {
                try (var source = LibreOffice.class.getResourceAsStream("/libreoffice/" + name)) {
                    Files.copy(source, work.resolve(name));
                }
            }
            Files.createDirectories(out.toAbsolutePath().getParent());
            // LibreOffice works on its own copy: its lock file never lands beside the original.
            Path input = Files.copy(in, work.resolve(in.getFileName()));
            Path job = work.resolve("job.json");
            new ObjectMapper().writeValue(job.toFile(), Map.of("in", input.toString(), "out",
                    out.toAbsolutePath().toString(), "edits", edits, "tables", tables));
            Path log = work.resolve("log.txt");
            Process process = new ProcessBuilder(python(), work.resolve("followup_form.py").toString(),
                    work.resolve("profile").toString(), job.toString())
                    .directory(work.toFile()).redirectErrorStream(true).redirectOutput(log.toFile()).start();
            if (!process.waitFor(300, TimeUnit.SECONDS)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
                fail("LibreOffice took more than 300 s to fill " + in);
            }
            if (process.exitValue() != 0 || !Files.isRegularFile(out)) {
                fail("LibreOffice could not fill the follow-up form (exit " + process.exitValue() + "; needs Debian's"
                        + " python3-uno, .ci/run installs it): " + Files.readString(log, StandardCharsets.UTF_8));
            }
            return out;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Debian's python3, which has LibreOffice's uno module (a python3 earlier on the PATH, such as pyenv's, may not). */
    private static String python() {
        String configured = System.getProperty("irm.lo.python");
        if (configured != null) {
            return configured;
        }
        return Files.isExecutable(Path.of("/usr/bin/python3")) ? "/usr/bin/python3" : "python3";
    }

    /** The text of a PDF, by poppler's pdftotext. */
    public static String pdfText(Path pdf) throws IOException {
        return pdfText(pdf, List.of());
    }

    /**
     * The PDF's text with each line where the page has it ({@code pdftotext -layout}): a table's row
     * stays one line whatever order the reading-order text would give its cells (which changed with
     * the versions of LibreOffice and Poppler: a header's words came between a row's cells).
     */
    public static String pdfLayoutText(Path pdf) throws IOException {
        return pdfText(pdf, List.of("-layout"));
    }

    private static String pdfText(Path pdf, List<String> options) throws IOException {
        Path text = pdf.resolveSibling(pdf.getFileName() + (options.isEmpty() ? ".txt" : ".layout.txt"));
        List<String> command = new ArrayList<>(List.of("pdftotext", "-enc", "UTF-8"));
        command.addAll(options);
        command.addAll(List.of(pdf.toString(), text.toString()));
        if (run(command, pdf.getParent(), 120) != 0) {
            fail("pdftotext failed on " + pdf + " (install poppler-utils)");
        }
        return Files.readString(text, StandardCharsets.UTF_8);
    }

    private static Path convert(Path file, Path folder, String filter, String extension) {
        require();
        if (file.toAbsolutePath().getParent().equals(folder.toAbsolutePath())) {
            throw new IllegalArgumentException("Convert into another folder: LibreOffice would overwrite " + file);
        }
        try {
            Files.createDirectories(folder);
            Path profile = Files.createTempDirectory("lo-profile-");
            int exit = run(List.of("soffice", "-env:UserInstallation=" + profile.toUri(), "--headless", "--norestore",
                    "--convert-to", filter, "--outdir", folder.toString(), file.toString()), folder, 300);
            String name = file.getFileName().toString();
            Path out = folder.resolve(name.substring(0, name.lastIndexOf('.')) + extension);
            if (exit != 0 || !Files.isRegularFile(out)) {
                fail("LibreOffice could not convert " + file + " (exit " + exit + ")");
            }
            return out;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static int run(List<String> command, Path folder, int seconds) {
        try {
            Process process = new ProcessBuilder(command).directory(folder.toFile())
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return -1;
            }
            return process.exitValue();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }
}
