package org.irm.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.irm.docx.DocxReader;
import org.irm.docx.RefusedDocumentException;

/**
 * The document sets the benchmarks read, prepared by {@code bench/run} in one folder
 * ({@code -Dirm.bench.docs}, default {@code bench/target/docs}):
 * <ul>
 *   <li>{@code full-checklist}: the whole chapter II + V checklist, every field filled
 *       ({@code irm checklist} then {@code irm sample-fill});</li>
 *   <li>{@code one-page}: a one-page document with a few content controls ({@link OnePageDocument});</li>
 *   <li>{@code real-docs}: every .docx of the shared corpus ({@code -Dirm.bench.corpus}) that is a
 *       readable Word document (the corpus also holds refusals: .doc, .docm, .dotx, a truncated zip).</li>
 * </ul>
 */
final class BenchDocuments {

    static final String FULL = "full-checklist";
    static final String ONE_PAGE = "one-page";
    static final String REAL = "real-docs";

    private BenchDocuments() {
    }

    static Path folder() {
        return Path.of(System.getProperty("irm.bench.docs", "bench/target/docs"));
    }

    static Path corpus() {
        return Path.of(System.getProperty("irm.bench.corpus", "../shared/corpus/real-docs"));
    }

    /** The files of one set, in a stable order; fails with the command to run when they are missing. */
    static List<Path> set(String name) {
        List<Path> files = switch (name) {
            case FULL -> List.of(folder().resolve(FULL + ".docx"));
            case ONE_PAGE -> List.of(folder().resolve(ONE_PAGE + ".docx"));
            case REAL -> readableCorpus();
            default -> throw new IllegalArgumentException("No document set '" + name + "'");
        };
        for (Path file : files) {
            if (!Files.isRegularFile(file)) {
                throw new IllegalStateException(file + " is missing: run bench/run, which prepares the documents");
            }
        }
        return files;
    }

    private static List<Path> readableCorpus() {
        try (Stream<Path> listing = Files.list(corpus())) {
            return listing.filter(f -> f.getFileName().toString().endsWith(".docx")).sorted()
                    .filter(BenchDocuments::readable).collect(Collectors.toList());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list the corpus at " + corpus(), e);
        }
    }

    private static boolean readable(Path file) {
        try {
            new DocxReader().read(file);
            return true;
        } catch (RefusedDocumentException e) {
            return false;
        }
    }
}
