package org.irm.catalogue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * What a checklist asks, for one instrument and review cycle: the chapters and articles under
 * review, each provision's question block with its validation rules, general questions asked once
 * per checklist (on the cover), and the cycle's code lists. Loaded from
 * {@code templates/catalogue/}; wording lives apart, in {@code templates/i18n/}.
 *
 * @param id           catalogue id, such as {@code uncac-cycle2}
 * @param instrument   the instrument's short name and the first part of every provision id, such as {@code uncac}
 * @param version      the catalogue's version, written into every checklist's identity
 * @param general      the provision holding the questions asked once per checklist ({@code <instrument>.general})
 */
public record Catalogue(String id, String instrument, int cycle, String version,
                        List<Chapter> chapters, Provision general, Map<String, CodeList> codeLists) {
    public Catalogue {
        chapters = List.copyOf(chapters);
        codeLists = Map.copyOf(codeLists);
    }

    public Stream<Article> articles() {
        return chapters.stream().flatMap(chapter -> chapter.articles().stream());
    }

    /** Every provision in the Convention's order, without the general block. */
    public Stream<Provision> provisions() {
        return articles().flatMap(article -> article.provisions().stream());
    }

    public Optional<Provision> provision(String provisionId) {
        if (general.id().equals(provisionId)) {
            return Optional.of(general);
        }
        return provisions().filter(p -> p.id().equals(provisionId)).findFirst();
    }

    public Optional<Article> article(int number) {
        return articles().filter(a -> a.number() == number).findFirst();
    }

    public Optional<Question> question(FieldId field) {
        return provision(field.provisionId())
                .flatMap(p -> p.questions().stream().filter(q -> q.id().equals(field.question())).findFirst());
    }

    public Optional<CodeList> codeList(String id) {
        return Optional.ofNullable(codeLists.get(id));
    }
}
