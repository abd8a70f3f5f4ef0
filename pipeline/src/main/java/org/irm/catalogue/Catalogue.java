package org.irm.catalogue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
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
 * @param mechanism    the review mechanism it belongs to: its own instrument ({@code uncac}, {@code untoc}), or the
 *                     convention a protocol supplements ({@code untoc} for {@code tip}, {@code som}, {@code fa})
 * @param cluster      the thematic cluster it asks about (UNTOC reviews cluster by cluster), 0 for a whole-cycle catalogue
 * @param protocols    the instruments reviewed with this one in the same cluster, each with a catalogue of its own
 *                     ({@code tip}, {@code som}, {@code fa} for {@code untoc}); empty for the others
 */
public record Catalogue(String id, String instrument, int cycle, String version,
                        List<Chapter> chapters, Provision general, Map<String, CodeList> codeLists,
                        String mechanism, int cluster, List<String> protocols) {
    public Catalogue {
        chapters = List.copyOf(chapters);
        codeLists = Map.copyOf(codeLists);
        mechanism = mechanism == null ? instrument : mechanism;
        protocols = List.copyOf(protocols);
    }

    /** A whole-cycle catalogue of a mechanism of its own, such as UNCAC's. */
    public Catalogue(String id, String instrument, int cycle, String version, List<Chapter> chapters, Provision general,
                     Map<String, CodeList> codeLists) {
        this(id, instrument, cycle, version, chapters, general, codeLists, instrument, 0, List.of());
    }

    /** Whether it asks about one thematic cluster (UNTOC), not a whole cycle. */
    public boolean clustered() {
        return cluster > 0;
    }

    /**
     * One catalogue for a review that several questionnaires answer together: a convention's cluster
     * catalogue followed by those of its protocols (for a whole review, each instrument's clusters in
     * turn: {@link CatalogueLoader#review}), one chapter per instrument and cluster in that order. Provision ids name their instrument
     * ({@code untoc.5.1.a}, {@code tip.5.1}), so they never collide; the general block, id, cycle and
     * mechanism are the first's; the cluster is theirs when they share one, else 0. Status, review
     * copies, merged reviews and reports of a UNTOC review work on it as on any catalogue.
     */
    public static Catalogue combined(List<Catalogue> parts) {
        Catalogue first = parts.get(0);
        if (parts.size() == 1) {
            return first;
        }
        List<Chapter> chapters = new ArrayList<>();
        Map<String, CodeList> lists = new LinkedHashMap<>();
        StringBuilder version = new StringBuilder(first.version());
        List<String> others = new ArrayList<>();
        for (Catalogue part : parts) {
            chapters.addAll(part.chapters());
            part.codeLists().forEach(lists::putIfAbsent);
            if (part != first) {
                version.append('+').append(part.id()).append('-').append(part.version());
            }
            if (!part.instrument().equals(first.instrument()) && !others.contains(part.instrument())) {
                others.add(part.instrument());
            }
        }
        int cluster = parts.stream().allMatch(part -> part.cluster() == first.cluster()) ? first.cluster() : 0;
        return new Catalogue(first.id() + "-combined", first.instrument(), first.cycle(), version.toString(), chapters,
                first.general(), lists, first.mechanism(), cluster, others);
    }

    /**
     * The catalogue as one State answers it: without the chapters of the protocols it is not party to
     * (a UNTOC review: no questionnaire was issued for them, so nothing of theirs is missing). A
     * catalogue without protocols is returned whole.
     */
    public Catalogue answeredBy(State state) {
        if (protocols.isEmpty()) {
            return this;
        }
        List<Chapter> kept = chapters.stream()
                .filter(chapter -> !protocols.contains(chapter.instrument()) || state.isPartyTo(chapter.instrument()))
                .toList();
        return kept.size() == chapters.size() ? this
                : new Catalogue(id, instrument, cycle, version, kept, general, codeLists, mechanism, cluster, protocols);
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

    /** One instrument's article of that number (a UNTOC review numbers each instrument's articles from 1). */
    public Optional<Article> article(String instrument, int number) {
        return articles().filter(a -> a.number() == number && a.instrument().equals(instrument)).findFirst();
    }

    /** The articles it names: every instrument's of that number, or one instrument's; empty when none is here. */
    public List<Article> articles(ArticleRef ref) {
        return articles().filter(ref::covers).toList();
    }

    public Optional<Question> question(FieldId field) {
        return provision(field.provisionId())
                .flatMap(p -> p.questions().stream().filter(q -> q.id().equals(field.question())).findFirst());
    }

    public Optional<CodeList> codeList(String id) {
        return Optional.ofNullable(codeLists.get(id));
    }
}
