package org.irm.catalogue;

import java.util.List;

/**
 * A reviewable provision of the Convention: an article, one of its paragraphs, or one of their
 * lettered subparagraphs. Its id is {@code <instrument>.<article>[.<paragraph>][.<subparagraph>]},
 * for example {@code uncac.9.1.a} or {@code uncac.10.b} (article 10 has an unnumbered chapeau).
 *
 * @param paragraph the paragraph number, or null for the article as a whole
 * @param subparagraph the letter, or null
 */
public record Provision(String id, int article, String paragraph, String subparagraph, List<Question> questions) {
    public Provision {
        questions = List.copyOf(questions);
    }

    public FieldId field(String questionId) {
        return FieldId.of(id, questionId);
    }
}
