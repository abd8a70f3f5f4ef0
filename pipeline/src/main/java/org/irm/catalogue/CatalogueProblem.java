package org.irm.catalogue;

/**
 * One thing wrong with a template file (catalogue, labels, States list), where a secretariat
 * editor can find it.
 *
 * @param location the file, as {@link org.irm.config.TemplateSource.Template#location()} names it
 * @param line     1-based line number, or 0 when the problem concerns the whole file
 * @param message  a plain sentence saying what is wrong
 */
public record CatalogueProblem(String location, int line, String message) {

    /** {@code file:line: message}, or {@code file: message} when no line applies. */
    @Override
    public String toString() {
        return line > 0 ? location + ":" + line + ": " + message : location + ": " + message;
    }
}
