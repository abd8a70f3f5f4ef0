package org.irm.review;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.irm.catalogue.Article;
import org.irm.catalogue.ArticleRef;
import org.irm.catalogue.Catalogue;
import org.irm.catalogue.Language;
import org.irm.catalogue.Provision;
import org.irm.register.ExpertAssignments;
import org.irm.register.ExpertAssignments.Assignment;
import org.irm.register.Register;
import org.irm.register.ReviewCopyRecord;
import org.irm.register.ReviewExpert;
import org.irm.register.ReviewRecord;

/**
 * The secretariat's planning of a review among experts (issue 18): which expert of a reviewing State
 * reviews which articles ({@code irm review assign}), which provisions come first (the priority rule
 * and the secretariat's own levels), and, per reviewer and expert, what is assigned, returned and
 * outstanding ({@code irm status}). The register keeps it all; this service checks what the register
 * cannot know (the catalogue's articles) and puts the parts together for the writers and the merge.
 */
public final class ReviewAssignments {

    private final Register register;
    private final ReviewDesk desk;
    private final Clock clock;

    public ReviewAssignments(Register register, ReviewDesk desk, Clock clock) {
        this.register = register;
        this.desk = desk;
        this.clock = clock;
    }

    /** The State's review: {@code reviewId} when given (it must be the State's), else the State's latest. */
    public ReviewRecord review(String iso3, String reviewId) {
        String state = iso3.trim().toUpperCase(Locale.ROOT);
        if (reviewId != null) {
            ReviewRecord review = register.reviews().find(reviewId).orElseThrow(() -> new IllegalArgumentException(
                    "No review '" + reviewId + "' in the register: check the id (irm lots show lists the reviews)."));
            if (!review.stateUnderReview().equals(state)) {
                throw new IllegalArgumentException("Review " + reviewId + " is the review of " + review.stateUnderReview()
                        + ", not of " + state + ".");
            }
            return review;
        }
        return register.reviews().forStateUnderReview(state).stream().findFirst().orElseThrow(() ->
                new IllegalArgumentException("No review of " + state + " in the register: draw it (irm lots draw) or name"
                        + " it with --review."));
    }

    /** The review of that id, if the register holds it. */
    public Optional<ReviewRecord> find(String reviewId) {
        return register.reviews().find(reviewId);
    }

    /**
     * What an assignment did.
     *
     * @param expert     the expert as registered
     * @param registered true when the command registered the expert (they were not yet)
     * @param assigned   what the register did
     * @param articles   every article the expert holds now
     */
    public record Done(ReviewExpert expert, boolean registered, ExpertAssignments.Assigned assigned, List<ArticleRef> articles) { }

    /**
     * Assigns articles of a review to an expert of a drawn reviewing State, registering the expert
     * first when the address is not yet one of the review's experts.
     *
     * @param name the expert's name, registered (or updated) with the address; null keeps the registered one
     * @param move true to take an article from another expert of the same State (else refused, naming them)
     * @throws IllegalArgumentException when the State is not a drawn reviewer, an article is not in the
     *                                  checklist, the address is another State's expert, or an article is
     *                                  another expert's and not moved ({@link ExpertAssignments.Overlap})
     */
    public Done assign(ReviewRecord review, String reviewer, String email, String name, Collection<ArticleRef> articles,
                       boolean move, String actor) {
        String reviewing = reviewer.trim().toUpperCase(Locale.ROOT);
        if (!review.reviewingStates().contains(reviewing)) {
            throw new IllegalArgumentException(reviewing + " is not a drawn reviewing State of review " + review.id()
                    + " (its reviewing States: " + (review.reviewingStates().isEmpty() ? "none drawn yet"
                    : String.join(", ", review.reviewingStates())) + ").");
        }
        requireArticles(articles);
        Optional<ReviewExpert> known = register.reviewExperts(clock).of(review.id()).stream()
                .filter(e -> e.email().equalsIgnoreCase(email.strip())).findFirst();
        if (known.isPresent() && !known.get().stateIso3().equals(reviewing)) {
            throw new IllegalArgumentException(known.get().email() + " is registered as an expert of "
                    + known.get().stateIso3() + " for review " + review.id() + ", not of " + reviewing
                    + ": an expert reviews for one State.");
        }
        ReviewExpert expert = known.orElse(null);
        boolean registering = expert == null || (name != null && !name.strip().equals(expert.name()));
        if (registering) {
            Language language = expert == null ? review.reviewLanguage() : expert.language();
            expert = register.reviewExperts(clock).add(new ReviewExpert(review.id(), reviewing, email,
                    name == null && known.isPresent() ? known.get().name() : name, language), actor);
        }
        ExpertAssignments.Assigned done = register.expertAssignments(clock).assign(review.id(), reviewing, expert.email(),
                articles, move, actor);
        return new Done(expert, known.isEmpty(), done, register.expertAssignments(clock).articlesOf(review.id(), reviewing,
                expert.email()));
    }

    /** Takes articles back from an expert (all of theirs when none are named). */
    public List<ArticleRef> unassign(ReviewRecord review, String reviewer, String email, Collection<ArticleRef> articles,
                                  String actor) {
        return register.expertAssignments(clock).unassign(review.id(), reviewer, email, articles, actor);
    }

    /** Every assignment of the review, by reviewing State, expert and article. */
    public List<Assignment> assignments(ReviewRecord review) {
        return register.expertAssignments(clock).of(review.id());
    }

    /** The expert's share: their registered name and their articles now; empty when they hold none. */
    public Optional<ExpertShare> share(ReviewRecord review, String reviewer, String email) {
        List<ArticleRef> articles = register.expertAssignments(clock).articlesOf(review.id(), reviewer, email);
        if (articles.isEmpty()) {
            return Optional.empty();
        }
        ReviewExpert expert = register.reviewExperts(clock).of(review.id()).stream()
                .filter(e -> e.email().equalsIgnoreCase(email.strip())).findFirst().orElseThrow();
        return Optional.of(new ExpertShare(expert.email(), expert.name(), articles));
    }

    /**
     * Sets the secretariat's level on the provisions of these articles (or these provisions) of a
     * review, or gives them back to the rule when {@code level} is null.
     *
     * @return the provisions changed
     */
    public List<String> prioritise(ReviewRecord review, Collection<ArticleRef> articles, Collection<String> provisionIds,
                                   String level, String actor) {
        if (level != null && !desk.priorityRule().knows(level)) {
            throw new IllegalArgumentException("'" + level + "' is not a priority level: the levels are "
                    + String.join(", ", desk.priorityRule().levels()) + " (templates/review/priority.properties), or 'rule'"
                    + " to give the provisions back to the rule.");
        }
        requireArticles(articles);
        Catalogue catalogue = desk.catalogue();
        List<String> provisions = new ArrayList<>();
        for (ArticleRef article : articles) {
            catalogue.articles(article).forEach(a -> a.provisions().forEach(p -> provisions.add(p.id())));
        }
        for (String id : provisionIds) {
            Provision provision = catalogue.provision(id.strip()).filter(p -> !p.id().equals(catalogue.general().id()))
                    .orElseThrow(() -> new IllegalArgumentException("'" + id.strip() + "' is not a provision of the "
                            + catalogue.instrument() + " checklist of cycle " + catalogue.cycle() + " (e.g. "
                            + catalogue.provisions().findFirst().map(Provision::id).orElse("") + ")."));
            provisions.add(provision.id());
        }
        if (provisions.isEmpty()) {
            throw new IllegalArgumentException("Name the articles (--articles 5,6) or provisions (--provisions uncac.5.1)"
                    + " to set the priority of.");
        }
        register.reviewPriorities(clock).set(review.id(), provisions, level, actor);
        return provisions.stream().distinct().toList();
    }

    /** Each provision's level for the review: the secretariat's own, else the rule's from the last cycle's facts. */
    public Map<String, String> levels(ReviewRecord review) {
        return desk.levels(new LastCycle(register).facts(review), register.reviewPriorities(clock).of(review.id()));
    }

    /** What a merge of this review's copies needs from the register: experts' names and articles, levels. */
    public MergeContext mergeContext(ReviewRecord review) {
        Map<String, String> names = new LinkedHashMap<>();
        register.reviewExperts(clock).of(review.id()).forEach(e -> names.put(e.email(), e.name() == null ? e.email() : e.name()));
        return new MergeContext(names, articles(), levels(review));
    }

    /** The experts' articles as the register holds them now. */
    public AssignedArticles articles() {
        return (reviewId, reviewer, expert) -> register.expertAssignments(clock).articlesOf(reviewId, reviewer, expert);
    }

    /**
     * Where one reviewer, or one expert of a reviewer, stands on a review.
     *
     * @param expert      the expert's address; null for the reviewer's own line (the articles no expert of it holds)
     * @param name        the expert's name, or null
     * @param assigned    the articles they are to review
     * @param returned    those whose copy came back
     * @param outstanding those still to come back
     * @param flagged     articles their latest copy carried that are not theirs
     * @param lastReturned when their latest copy came in, or null
     */
    public record Progress(String reviewer, String expert, String name, List<ArticleRef> assigned,
                           List<ArticleRef> returned, List<ArticleRef> outstanding, List<ArticleRef> flagged,
                           Instant lastReturned) { }

    /**
     * Per drawn reviewer, what is assigned, returned and outstanding: one line per expert holding
     * articles, and one for the reviewer itself when some articles are held by none of its experts
     * (all of them when it named none), returned when its whole copy came back.
     */
    public List<Progress> progress(ReviewRecord review) {
        // Each article of the review once: with its instrument where the review has several (tip:5), so that an
        // expert holding one instrument's article leaves the others' to the reviewer.
        Catalogue catalogue = desk.catalogue();
        List<ArticleRef> all = catalogue.articles().map(a -> catalogue.protocols().isEmpty() ? ArticleRef.of(a.number())
                : new ArticleRef(a.instrument(), a.number())).distinct().toList();
        List<Assignment> assignments = assignments(review);
        List<ReviewCopyRecord> copies = register.reviewNotes().latestCopies(review.id());
        Map<String, String> names = new LinkedHashMap<>();
        register.reviewExperts(clock).of(review.id()).forEach(e -> names.put(e.email(), e.name()));
        List<Progress> lines = new ArrayList<>();
        for (String reviewer : review.reviewingStates()) {
            Map<String, TreeSet<ArticleRef>> byExpert = new LinkedHashMap<>();
            assignments.stream().filter(a -> a.reviewingState().equals(reviewer))
                    .forEach(a -> byExpert.computeIfAbsent(a.email(), e -> new TreeSet<>()).add(a.article()));
            TreeSet<ArticleRef> rest = new TreeSet<>(all);
            byExpert.values().forEach(held -> rest.removeIf(article -> held.stream().anyMatch(article::overlaps)));
            if (!rest.isEmpty()) {
                Optional<ReviewCopyRecord> whole = copies.stream()
                        .filter(c -> c.reviewingState().equals(reviewer) && c.expert() == null).findFirst();
                List<ArticleRef> returned = whole.isPresent() ? List.copyOf(rest) : List.of();
                lines.add(new Progress(reviewer, null, null, List.copyOf(rest), returned, minus(rest, returned), List.of(),
                        whole.map(ReviewCopyRecord::receivedAt).orElse(null)));
            }
            byExpert.forEach((email, articles) -> {
                Optional<ReviewCopyRecord> copy = copies.stream()
                        .filter(c -> c.reviewingState().equals(reviewer) && email.equals(c.expert())).findFirst();
                List<ArticleRef> returned = copy.map(c -> articles.stream().filter(c.articles()::contains).toList())
                        .orElse(List.of());
                lines.add(new Progress(reviewer, email, names.get(email), List.copyOf(articles), returned,
                        minus(articles, returned), copy.map(ReviewCopyRecord::unassigned).orElse(List.of()),
                        copy.map(ReviewCopyRecord::receivedAt).orElse(null)));
            });
        }
        return lines;
    }

    private static List<ArticleRef> minus(Collection<ArticleRef> all, Collection<ArticleRef> some) {
        return all.stream().filter(a -> !some.contains(a)).toList();
    }

    private void requireArticles(Collection<ArticleRef> articles) {
        Catalogue catalogue = desk.catalogue();
        List<ArticleRef> unknown = articles.stream().filter(a -> catalogue.articles(a).isEmpty()).distinct().toList();
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException((unknown.size() == 1 ? "Article " : "Articles ") + String.join(", ",
                    unknown.stream().map(ArticleRef::toString).toList()) + (unknown.size() == 1 ? " is" : " are")
                    + " not part of the " + catalogue.instrument() + " checklist of cycle " + catalogue.cycle()
                    + " (its articles: " + String.join(", ", catalogue.articles().map(a -> catalogue.protocols().isEmpty()
                    ? Integer.toString(a.number()) : a.instrument() + ":" + a.number()).distinct().toList()) + ").");
        }
    }
}
