package org.irm.testsupport;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The files that live beside the project, in {@code ../shared}, not in it: the corpus of real Word
 * documents other people wrote, and the reference data the catalogue is checked against. A clone of
 * the project alone has neither; a test that needs them is then skipped with the reason (a JUnit
 * assumption), and runs wherever {@code ../shared} is present (CI, the team's machines). The folder
 * is {@code -Dirm.shared} (the build sets it to the {@code shared} folder beside the checkout).
 */
public final class SharedFiles {

    private SharedFiles() {
    }

    /** The real Word documents ({@code ../shared/corpus/real-docs}, with their MANIFEST.tsv); skips the calling test without them. */
    public static Path corpus() {
        Path folder = root().resolve("corpus").resolve("real-docs");
        assumeTrue(Files.isRegularFile(folder.resolve("MANIFEST.tsv")), () -> "needs ../shared/corpus (real Word "
                + "documents), absent in this checkout: " + folder.toAbsolutePath().normalize());
        return folder;
    }

    /** One real Word document of the corpus; skips the calling test without it. */
    public static Path corpusFile(String name) {
        Path file = corpus().resolve(name);
        assumeTrue(Files.isRegularFile(file), () -> "needs ../shared/corpus/real-docs/" + name + " (a real Word "
                + "document), absent in this checkout: " + file.toAbsolutePath().normalize());
        return file;
    }

    /** A reference file of {@code ../shared/data}, such as {@code uncac-structure.md}; skips the calling test without it. */
    public static Path data(String name) {
        Path file = root().resolve("data").resolve(name);
        assumeTrue(Files.isRegularFile(file), () -> "needs ../shared/data/" + name + " (reference data), absent in "
                + "this checkout: " + file.toAbsolutePath().normalize());
        return file;
    }

    private static Path root() {
        return Path.of(System.getProperty("irm.shared", "../../shared"));
    }
}
