package org.irm.catalogue;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A template file (catalogue, labels, States list) could not be used. It carries every problem
 * found, not only the first, so an editor fixes the file in one go; the message lists them one
 * per line as {@code file:line: problem}.
 */
public final class CatalogueException extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient List<CatalogueProblem> problems;

    public CatalogueException(List<CatalogueProblem> problems) {
        super(problems.stream().map(CatalogueProblem::toString).collect(Collectors.joining("\n")));
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("A CatalogueException needs at least one problem");
        }
        this.problems = List.copyOf(problems);
    }

    public static CatalogueException of(String location, int line, String message) {
        return new CatalogueException(List.of(new CatalogueProblem(location, line, message)));
    }

    public List<CatalogueProblem> problems() {
        return problems;
    }
}
