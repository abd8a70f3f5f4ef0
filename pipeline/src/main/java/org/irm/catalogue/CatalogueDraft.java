package org.irm.catalogue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A catalogue as read from its file, every part with the line it was declared on, before the
 * cross-reference checks and before it becomes a {@link Catalogue}. Only the loader's steps see it.
 */
record CatalogueDraft(String location, String id, String instrument, int cycle, String version,
                      List<CodeListDraft> codeLists, List<QuestionSetDraft> questionSets,
                      SetRef general, SetRef provisionSet, List<ChapterDraft> chapters,
                      String mechanism, int cluster, List<String> protocols) {

    /** A reference to a question set, where it is made. */
    record SetRef(int line, String questionSet) { }

    record CodeListDraft(int line, String id, String version, List<CodeDraft> codes) {
        List<String> values() {
            return codes.stream().map(CodeDraft::code).toList();
        }
    }

    record CodeDraft(int line, String code) { }

    record QuestionSetDraft(int line, String id, List<QuestionDraft> questions) {
        Optional<QuestionDraft> question(String questionId) {
            return questions.stream().filter(q -> q.id().equals(questionId)).findFirst();
        }
    }

    record QuestionDraft(int line, String id, QuestionKind kind, String codeList, boolean readOnly, List<RuleDraft> rules) {
        Question toQuestion() {
            return new Question(id, kind, codeList, readOnly, rules.stream().map(RuleDraft::rule).toList());
        }
    }

    record RuleDraft(int line, ValidationRule rule) { }

    record ChapterDraft(int line, String number, List<ArticleDraft> articles) { }

    /** @param questionSet the article's own question set, or null for the catalogue's default */
    record ArticleDraft(int line, int number, String questionSet, List<ProvisionDraft> provisions) { }

    /** @param paragraph null for an article without numbered paragraphs */
    record ProvisionDraft(int line, int article, String paragraph, String subparagraph) {
        String id(String instrument) {
            StringBuilder id = new StringBuilder(instrument).append('.').append(article);
            if (paragraph != null) {
                id.append('.').append(paragraph);
            }
            if (subparagraph != null) {
                id.append('.').append(subparagraph);
            }
            return id.toString();
        }
    }

    Optional<CodeListDraft> codeList(String codeListId) {
        return codeLists.stream().filter(list -> list.id().equals(codeListId)).findFirst();
    }

    Optional<QuestionSetDraft> questionSet(String setId) {
        return questionSets.stream().filter(set -> set.id().equals(setId)).findFirst();
    }

    /** The model; call only once {@link CatalogueChecks} found nothing wrong. */
    Catalogue toCatalogue() {
        Map<String, CodeList> lists = new LinkedHashMap<>();
        codeLists.forEach(list -> lists.put(list.id(), new CodeList(list.id(), list.version(), list.values())));
        Provision generalBlock = new Provision(instrument + ".general", 0, null, null, questions(general.questionSet()));
        List<Chapter> model = chapters.stream()
                .map(chapter -> new Chapter(chapter.number(), chapter.articles().stream().map(this::toArticle).toList()))
                .toList();
        return new Catalogue(id, instrument, cycle, version, model, generalBlock, lists, mechanism, cluster, protocols);
    }

    private Article toArticle(ArticleDraft article) {
        List<Question> questions = questions(article.questionSet() != null ? article.questionSet() : provisionSet.questionSet());
        return new Article(article.number(), article.provisions().stream()
                .map(p -> new Provision(p.id(instrument), p.article(), p.paragraph(), p.subparagraph(), questions))
                .toList());
    }

    private List<Question> questions(String setId) {
        return questionSet(setId).orElseThrow().questions().stream().map(QuestionDraft::toQuestion).toList();
    }
}
