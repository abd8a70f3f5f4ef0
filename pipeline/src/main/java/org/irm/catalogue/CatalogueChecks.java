package org.irm.catalogue;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import org.irm.catalogue.CatalogueDraft.ArticleDraft;
import org.irm.catalogue.CatalogueDraft.ChapterDraft;
import org.irm.catalogue.CatalogueDraft.CodeListDraft;
import org.irm.catalogue.CatalogueDraft.ProvisionDraft;
import org.irm.catalogue.CatalogueDraft.QuestionDraft;
import org.irm.catalogue.CatalogueDraft.QuestionSetDraft;
import org.irm.catalogue.CatalogueDraft.RuleDraft;
import org.irm.catalogue.CatalogueDraft.SetRef;

/**
 * What the schema cannot check: that ids are unique and that every reference (to a code list, a
 * question, a question set) points at something declared. Every problem is kept with its line.
 */
final class CatalogueChecks {

    private static final Set<QuestionKind> CODED = EnumSet.of(QuestionKind.CHOICE, QuestionKind.CODES,
            QuestionKind.NEEDS);
    private static final Set<QuestionKind> WORDED = EnumSet.of(QuestionKind.TEXT, QuestionKind.LONG_TEXT,
            QuestionKind.NEEDS);

    private final CatalogueDraft draft;
    private final List<CatalogueProblem> problems = new ArrayList<>();

    private CatalogueChecks(CatalogueDraft draft) {
        this.draft = draft;
    }

    static List<CatalogueProblem> check(CatalogueDraft draft) {
        CatalogueChecks checks = new CatalogueChecks(draft);
        checks.codeLists();
        checks.questionSets();
        checks.setReference(draft.general(), "general block");
        checks.setReference(draft.provisionSet(), "chapters");
        checks.chapters();
        return checks.problems;
    }

    private void codeLists() {
        unique(draft.codeLists(), CodeListDraft::id, CodeListDraft::line, "code list");
        for (CodeListDraft list : draft.codeLists()) {
            unique(list.codes(), CatalogueDraft.CodeDraft::code, CatalogueDraft.CodeDraft::line, "code in list '" + list.id() + "':");
        }
    }

    private void questionSets() {
        unique(draft.questionSets(), QuestionSetDraft::id, QuestionSetDraft::line, "question set");
        for (QuestionSetDraft set : draft.questionSets()) {
            unique(set.questions(), QuestionDraft::id, QuestionDraft::line, "question in set '" + set.id() + "':");
            for (QuestionDraft question : set.questions()) {
                question(set, question);
            }
        }
    }

    private void question(QuestionSetDraft set, QuestionDraft question) {
        String name = "question '" + question.id() + "'";
        if (CODED.contains(question.kind()) && question.codeList() == null) {
            problem(question.line(), name + " is a " + question.kind() + " question and needs a codeList");
        } else if (!CODED.contains(question.kind()) && question.codeList() != null) {
            problem(question.line(), name + " is a " + question.kind() + " question and takes no codeList");
        } else if (question.codeList() != null) {
            codeListReference(question.line(), question.codeList());
        }
        if (question.kind() == QuestionKind.PREVIOUS && !question.readOnly()) {
            problem(question.line(), name + " is pre-filled by the secretariat and must be readOnly=\"true\"");
        }
        for (RuleDraft rule : question.rules()) {
            rule(set, question, rule);
        }
    }

    private void rule(QuestionSetDraft set, QuestionDraft question, RuleDraft rule) {
        if (rule.rule() instanceof ValidationRule.AllowedValues allowed) {
            codeListReference(rule.line(), allowed.codeList());
        } else if (rule.rule() instanceof ValidationRule.RequiredWhen when) {
            requiredWhen(set, question, rule.line(), when);
        } else if (rule.rule() instanceof ValidationRule.MaxWords && !WORDED.contains(question.kind())) {
            problem(rule.line(), "maxWords applies to TEXT, LONG_TEXT and NEEDS questions, not to "
                    + question.kind() + " question '" + question.id() + "'");
        }
    }

    private void requiredWhen(QuestionSetDraft set, QuestionDraft question, int line, ValidationRule.RequiredWhen when) {
        Optional<QuestionDraft> other = set.question(when.question());
        if (other.isEmpty() || other.get() == question) {
            problem(line, "requiredWhen refers to question '" + when.question() + "', which is not another question of set '"
                    + set.id() + "' (its questions: " + set.questions().stream().map(QuestionDraft::id).toList() + ")");
            return;
        }
        Optional<CodeListDraft> list = Optional.ofNullable(other.get().codeList()).flatMap(draft::codeList);
        list.ifPresent(codes -> when.values().stream().filter(value -> !codes.values().contains(value)).sorted()
                .forEach(value -> problem(line, "requiredWhen value '" + value + "' is not a code of list '" + codes.id()
                        + "' " + codes.values())));
    }

    private void codeListReference(int line, String codeListId) {
        if (draft.codeList(codeListId).isEmpty()) {
            problem(line, "code list '" + codeListId + "' is not declared (declared: "
                    + draft.codeLists().stream().map(CodeListDraft::id).toList() + ")");
        }
    }

    private void setReference(SetRef ref, String user) {
        if (ref != null && draft.questionSet(ref.questionSet()).isEmpty()) {
            problem(ref.line(), "question set '" + ref.questionSet() + "' used by the " + user + " is not declared (declared: "
                    + draft.questionSets().stream().map(QuestionSetDraft::id).toList() + ")");
        }
    }

    private void chapters() {
        unique(draft.chapters(), ChapterDraft::number, ChapterDraft::line, "chapter");
        List<ArticleDraft> articles = draft.chapters().stream().flatMap(chapter -> chapter.articles().stream()).toList();
        unique(articles, ArticleDraft::number, ArticleDraft::line, "article");
        for (ArticleDraft article : articles) {
            if (article.questionSet() != null) {
                setReference(new SetRef(article.line(), article.questionSet()), "article " + article.number());
            }
        }
        List<ProvisionDraft> provisions = articles.stream().flatMap(article -> article.provisions().stream()).toList();
        unique(provisions, provision -> provision.id(draft.instrument()), ProvisionDraft::line, "provision");
    }

    /** Reports every repeat of a key, pointing back at its first declaration. */
    private <T, K> void unique(List<T> items, Function<T, K> key, Function<T, Integer> line, String what) {
        Map<K, Integer> firstLine = new HashMap<>();
        for (T item : items) {
            Integer first = firstLine.putIfAbsent(key.apply(item), line.apply(item));
            if (first != null) {
                problem(line.apply(item), what + " '" + key.apply(item) + "' is declared twice (first on line " + first + ")");
            }
        }
    }

    private void problem(int line, String message) {
        problems.add(new CatalogueProblem(draft.location(), line, message));
    }
}
