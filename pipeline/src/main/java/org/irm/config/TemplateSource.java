package org.irm.config;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Where templates (catalogues, labels, layouts, the States list) are read from: a folder named in
 * the configuration first, so the secretariat can change wording without a build, then the copy
 * bundled in the jar under {@code templates/}.
 */
public final class TemplateSource {

    private static final String BUNDLED = "templates/";

    /** The folder whose files take precedence; empty for the bundled templates alone. */
    private final Optional<Path> overrideFolder;

    private TemplateSource(Optional<Path> overrideFolder) {
        this.overrideFolder = overrideFolder;
    }

    /** Only the templates bundled in the jar. */
    public static TemplateSource bundled() {
        return new TemplateSource(Optional.empty());
    }

    /** A folder whose files take precedence over the bundled ones, file by file. */
    public static TemplateSource withOverrides(Path folder) {
        return new TemplateSource(Optional.of(folder));
    }

    /**
     * Opens a template by its path relative to the templates root, such as
     * {@code catalogue/uncac-cycle2.xml}. The caller closes the stream.
     */
    public Template open(String relativePath) throws IOException {
        Optional<Path> file = overrideFile(relativePath);
        if (file.isPresent()) {
            return new Template(file.get().toString(), Files.newInputStream(file.get()));
        }
        InputStream bundled = TemplateSource.class.getClassLoader().getResourceAsStream(BUNDLED + relativePath);
        if (bundled == null) {
            throw new FileNotFoundException("No template '" + relativePath + "'"
                    + overrideFolder.map(folder -> " in " + folder + " nor").orElse("") + " in the bundled templates");
        }
        return new Template("bundled templates/" + relativePath, bundled);
    }

    /** True when the template exists in the override folder or the bundle. */
    public boolean exists(String relativePath) {
        return overrideFile(relativePath).isPresent()
                || TemplateSource.class.getClassLoader().getResource(BUNDLED + relativePath) != null;
    }

    private Optional<Path> overrideFile(String relativePath) {
        if (overrideFolder.isEmpty()) {
            return Optional.empty();
        }
        Path root = overrideFolder.get().toAbsolutePath().normalize();
        Path file = root.resolve(relativePath).normalize();
        if (!file.startsWith(root)) {
            throw new IllegalArgumentException("Template path leaves the templates folder: " + relativePath);
        }
        return Files.isRegularFile(file) ? Optional.of(file) : Optional.empty();
    }

    /**
     * An opened template: where it came from (for error messages) and its bytes.
     *
     * @param location a file path or "bundled templates/..." to name in messages
     */
    public record Template(String location, InputStream stream) implements AutoCloseable {
        @Override
        public void close() throws IOException {
            stream.close();
        }
    }
}
