package org.irm.contributors;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.irm.catalogue.Catalogue;
import org.irm.catalogue.CatalogueException;
import org.irm.catalogue.CatalogueLoader;
import org.irm.catalogue.FieldId;
import org.irm.catalogue.I18nLabels;
import org.irm.catalogue.Language;
import org.irm.catalogue.Provision;
import org.irm.catalogue.StateList;
import org.irm.config.ConfigurationException;
import org.irm.config.IrmConfig;
import org.irm.config.SecretKeys;
import org.irm.config.TemplateSource;
import org.irm.docx.DocumentStyles;
import org.irm.docx.PackageWriter;
import org.irm.folders.OutputFolder;
import org.irm.identity.ChecklistIdentity;
import org.irm.identity.ChecklistManifest;
import org.irm.identity.IdentityParts;
import org.irm.identity.IdentitySeal;
import org.irm.register.Contributor;
import org.irm.register.ContributorForm;
import org.irm.register.Contributors;
import org.irm.register.FocalPoints;
import org.irm.register.MasterChecklists;
import org.irm.register.Register;
import org.irm.register.RegisteredStates;
import org.irm.register.ReviewRecord;

/**
 * Invites a State's contributors: registers the contributor (by address, attributed to its
 * organisation and kind) and writes its sealed Word form with the provisions the State chose, the
 * State's answers shown read-only on those where the State allows it, into
 * {@code <outbox>/<ISO3>/contributors/}; the form is recorded with which provisions reviewers may
 * see. The form's identity is a checklist identity of format {@link ContributorFields#FORM_FORMAT}
 * under a new id registered to this contributor alone, sealed with the secretariat's key, so a form
 * cannot be turned into another State's or another contributor's. Files are never overwritten.
 */
public final class ContributorForms {

    private final Register register;
    private final Catalogue catalogue;
    private final I18nLabels catalogueLabels;
    private final ContributorLabels labels;
    private final StateList states;
    private final IdentitySeal seal;
    private final TemplateSource templates;
    private final Clock clock;

    public ContributorForms(Register register, Catalogue catalogue, I18nLabels catalogueLabels, ContributorLabels labels,
                            StateList states, IdentitySeal seal, TemplateSource templates, Clock clock) {
        this.register = register;
        this.catalogue = catalogue;
        this.catalogueLabels = catalogueLabels;
        this.labels = labels;
        this.states = states;
        this.seal = seal;
        this.templates = templates;
        this.clock = clock;
    }

    /** The service over the configured catalogue, templates and sealing key (imports the States list into the register). */
    public static ContributorForms from(IrmConfig config, Register register, Clock clock) {
        try {
            StateList states = StateList.load(config.templates());
            new RegisteredStates(register).importStates(states.all());
            return new ContributorForms(register, CatalogueLoader.configured(config), I18nLabels.load(config.templates()),
                    ContributorLabels.load(config.templates()), states, new IdentitySeal(SecretKeys.sealingKey(config)),
                    config.templates(), clock);
        } catch (CatalogueException e) {
            throw new ConfigurationException("The templates cannot be used: " + e.getMessage());
        }
    }

    /**
     * Whom the State invites, and to what.
     *
     * @param provisions         the provisions asked about: articles ({@code 9}), paragraphs ({@code 9.1}, with their
     *                           subparagraphs), provisions ({@code 9.1.a}), one provision alone by its full id
     *                           ({@code uncac.9.1}), or {@code all}
     * @param showAnswers        among those, where the State's answers are shown read-only ({@code all}; empty: nowhere)
     * @param shareWithReviewers among those, whose input the State agrees to show to reviewers ({@code all}; empty: none)
     * @param language           the form's language; null for the review's language
     * @param reviewId           the review; null for the State's latest review of this catalogue's cycle
     */
    public record Invitation(String state, String email, String name, String organisation, ContributorKind kind,
                             List<String> provisions, List<String> showAnswers, List<String> shareWithReviewers,
                             Language language, String reviewId) {
        public Invitation {
            provisions = List.copyOf(provisions);
            showAnswers = List.copyOf(showAnswers);
            shareWithReviewers = List.copyOf(shareWithReviewers);
        }
    }

    /** A form written: where, for whom, and as registered. */
    public record Issued(Path file, Contributor contributor, ContributorForm form, ChecklistManifest manifest) { }

    /**
     * Registers the contributor and writes its form under {@code <outbox>/<ISO3>/contributors/}.
     *
     * @throws IllegalArgumentException for an unknown State, a provision the catalogue lacks, an address
     *                                  that is a focal point of the State, or no provision chosen
     */
    public Issued invite(Invitation invitation, Path outbox, String actor) throws IOException {
        String state = invitation.state().strip().toUpperCase(Locale.ROOT);
        if (states.find(state).isEmpty()) {
            throw new IllegalArgumentException("Unknown State '" + invitation.state()
                    + "': use an ISO 3166 alpha-3 code from templates/states/states.csv.");
        }
        String email = invitation.email().strip();
        if (!email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            throw new IllegalArgumentException("'" + email + "' is not an e-mail address.");
        }
        if (new FocalPoints(register).statesOf(email).contains(state)) {
            throw new IllegalArgumentException(email + " is a focal point of " + state + ": a focal point answers the State's"
                    + " checklist itself. Invite the contributor at its own organisation's address.");
        }
        if (invitation.organisation() == null || invitation.organisation().isBlank()) {
            throw new IllegalArgumentException("Name the contributor's organisation (--organisation): its input is attributed to it.");
        }
        List<Provision> asked = select(invitation.provisions(), catalogueProvisions(), "--provisions");
        if (asked.isEmpty()) {
            throw new IllegalArgumentException("Choose the provisions the contributor is asked about (--provisions 9.1,10 or all).");
        }
        Set<String> shown = ids(select(invitation.showAnswers(), asked, "--show-answers"));
        Set<String> shared = ids(select(invitation.shareWithReviewers(), asked, "--share-with-reviewers"));
        String reviewId = invitation.reviewId() != null ? invitation.reviewId() : latestReview(state);
        Language language = invitation.language() != null ? invitation.language()
                : register.reviews().find(reviewId).map(ReviewRecord::reviewLanguage).orElse(Language.EN);
        Map<FieldId, String> answers = new LinkedHashMap<>();
        if (!shown.isEmpty()) {
            new MasterChecklists(register).forReview(reviewId)
                    .ifPresent(master -> master.current().forEach((field, answer) -> answers.put(field, answer.value())));
        }
        Instant issuedAt = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        Contributor contributor = new Contributors(register).invite(new Contributors.NewContributor(state, email,
                blankToNull(invitation.name()), invitation.organisation().strip(), invitation.kind().code(), language),
                actor, issuedAt);
        ChecklistIdentity identity = seal.seal(new ChecklistIdentity(UUID.randomUUID(), reviewId, state,
                catalogue.instrument(), catalogue.cycle(), language, ContributorFields.FORM_FORMAT, null, issuedAt, null));
        List<Map.Entry<String, String>> cover = new ArrayList<>();
        cover.add(Map.entry("form.cover.state", states.names().of(state, language) + " (" + state + ")"));
        cover.add(Map.entry("form.cover.review", reviewId));
        cover.add(Map.entry("form.cover.contributor", contributor.name() == null ? email : contributor.name() + " <" + email + ">"));
        cover.add(Map.entry("form.cover.organisation", contributor.organisation()));
        cover.add(Map.entry("form.cover.kind", labels.kind(language, contributor.kind())));
        FormBody body = new FormBody(catalogue, catalogueLabels, labels, language);
        List<FormBody.Block> blocks = asked.stream().map(p -> new FormBody.Block(p,
                shown.contains(p.id()) ? answers : null, shared.contains(p.id()))).toList();
        String document = body.write(cover, blocks);
        ChecklistManifest manifest = new ChecklistManifest(identity, body.fieldMap());
        Path file = new OutputFolder(outbox.resolve(state).resolve("contributors")).write("contributor-" + state + "-"
                + slug(contributor.organisation()) + "-" + language.code(), ".docx",
                out -> PackageWriter.withStyles("the contributor's form", DocumentStyles.styles(templates, language))
                        .body(document)
                        .parts(pkg -> IdentityParts.identity(pkg, manifest))
                        .save(out));
        ContributorForm form = new ContributorForm(identity.checklistId().toString(), contributor.id(), reviewId,
                ids(asked).stream().toList(), shown.stream().toList(), shared.stream().toList(), language,
                file.getFileName().toString(), issuedAt);
        new Contributors(register).recordForm(form, actor);
        return new Issued(file, contributor, form, manifest);
    }

    /** The catalogue's provisions a contributor may be asked about, the general block first. */
    private List<Provision> catalogueProvisions() {
        List<Provision> all = new ArrayList<>();
        all.add(catalogue.general());
        catalogue.provisions().forEach(all::add);
        return all;
    }

    /**
     * The provisions among {@code from} the selectors name, in {@code from}'s order: {@code all}, an
     * article, a paragraph or a provision, with or without the instrument's prefix.
     */
    private List<Provision> select(Collection<String> selectors, List<Provision> from, String option) {
        Set<Provision> chosen = new LinkedHashSet<>();
        for (String raw : selectors) {
            String selector = raw.strip().toLowerCase(Locale.ROOT);
            if (selector.isEmpty()) {
                continue;
            }
            if (selector.equals("all")) {
                chosen.addAll(from);
                continue;
            }
            // A provision's full id (uncac.9.1) names it alone; a short one (9.1) the paragraph with its subparagraphs.
            String prefix = catalogue.instrument() + ".";
            boolean exact = selector.startsWith(prefix);
            String wanted = exact ? selector.substring(prefix.length()) : selector;
            List<Provision> matched = from.stream().filter(p -> {
                String shortId = p.id().substring(prefix.length()).toLowerCase(Locale.ROOT);
                return shortId.equals(wanted) || (!exact && shortId.startsWith(wanted + "."));
            }).toList();
            if (matched.isEmpty()) {
                throw new IllegalArgumentException(option + ": '" + raw.strip() + "' names no provision "
                        + (from.size() < catalogueProvisions().size() ? "among those the contributor is asked about" : "of the "
                        + catalogue.instrument() + " cycle " + catalogue.cycle() + " catalogue")
                        + " (write an article such as 9, a paragraph such as 9.1 or a provision such as 9.1.a).");
            }
            chosen.addAll(matched);
        }
        return from.stream().filter(chosen::contains).toList();
    }

    private String latestReview(String state) {
        return register.reviews().forStateUnderReview(state).stream()
                .filter(r -> r.instrument().equals(catalogue.instrument()) && r.cycle() == catalogue.cycle())
                .map(ReviewRecord::id).findFirst()
                .orElse(catalogue.instrument() + "-" + catalogue.cycle() + "-" + state);
    }

    private static Set<String> ids(List<Provision> provisions) {
        Set<String> ids = new LinkedHashSet<>();
        provisions.forEach(p -> ids.add(p.id()));
        return ids;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static String slug(String organisation) {
        String slug = organisation.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("(^-|-$)", "");
        slug = slug.isEmpty() ? "contributor" : slug;
        return slug.substring(0, Math.min(40, slug.length()));
    }
}
