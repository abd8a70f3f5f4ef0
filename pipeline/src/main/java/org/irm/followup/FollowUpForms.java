package org.irm.followup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.irm.catalogue.FieldId;
import org.irm.catalogue.Language;
import org.irm.catalogue.StateNames;
import org.irm.config.TemplateSource;
import org.irm.docx.DocumentStyles;
import org.irm.docx.PackageWriter;
import org.irm.folders.OutputFolder;
import org.irm.identity.ChecklistIdentity;
import org.irm.identity.ChecklistManifest;
import org.irm.identity.IdentityParts;
import org.irm.identity.IdentitySeal;
import org.irm.register.FollowUpItem;
import org.irm.register.FollowUpStatus;
import org.irm.register.Recommendations;
import org.irm.register.ReviewRecord;
import org.irm.register.Reviews;

/**
 * Writes a State's follow-up form: a sealed Word document (identity and field map as the checklist
 * carries them) with one block per open item, pre-filled with the last update, into the State's
 * outbox folder. An item is open until it is reported implemented or no longer applicable. The
 * form can be narrowed to one agency's items and to some provisions. Files are never overwritten.
 */
public final class FollowUpForms {

    /**
     * The catalogue-version value a follow-up form's sealed identity carries: it tells the desk a
     * follow-up form from a checklist (the seal covers it, so it cannot be changed).
     */
    public static final String FORM_FORMAT = "followup-1";

    private final Recommendations register;
    private final Reviews reviews;
    private final FollowUpLabels labels;
    private final StateNames names;
    private final IdentitySeal seal;
    private final TemplateSource templates;
    private final Clock clock;

    /** The form names the State as its language does ({@code names}: the States list's, in six languages). */
    public FollowUpForms(Recommendations register, Reviews reviews, FollowUpLabels labels, StateNames names,
                         IdentitySeal seal, TemplateSource templates, Clock clock) {
        this.register = register;
        this.reviews = reviews;
        this.labels = labels;
        this.names = names;
        this.seal = seal;
        this.templates = templates;
        this.clock = clock;
    }

    /**
     * What to write.
     *
     * @param language   the form's language; null for the review's language
     * @param agency     only the items assigned to this agency, or null for all
     * @param provisions only items of these articles ({@code 5}) or provisions ({@code 5.1}); empty for all
     */
    public record Request(String state, Language language, String agency, Set<String> provisions) {
        public Request {
            provisions = Set.copyOf(provisions);
        }
    }

    /** A form written: where, its sealed identity and field map, and the items it holds. */
    public record Written(Path file, ChecklistManifest manifest, List<String> itemIds) { }

    /**
     * Writes the form into the folder.
     *
     * @throws IllegalArgumentException when the State has no tracked item
     */
    public Written write(Request request, Path folder) throws IOException {
        List<FollowUpItem> tracked = register.ofState(request.state());
        if (tracked.isEmpty()) {
            throw new IllegalArgumentException("No recommendation of " + request.state() + " is tracked yet: track its final "
                    + "report first (irm followup track --state " + request.state() + ").");
        }
        String reviewId = latestReview(tracked);
        ReviewRecord review = reviews.find(reviewId).orElseThrow(() -> new IllegalArgumentException(
                "The review " + reviewId + " of the tracked items is not registered."));
        Language language = request.language() != null ? request.language() : review.reviewLanguage();
        List<FormBody.FormItem> items = new ArrayList<>();
        for (FollowUpItem item : tracked) {
            if (!item.reviewId().equals(reviewId) || !selected(item, request)) {
                continue;
            }
            List<FollowUpStatus> history = register.history(item.id());
            FollowUpStatus last = history.isEmpty() ? null : history.get(history.size() - 1);
            boolean closed = last != null && FollowUpStatusCode.ofCode(last.status()).map(FollowUpStatusCode::closed).orElse(false);
            if (!closed) {
                items.add(new FormBody.FormItem(item, last));
            }
        }
        Instant issuedAt = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        ChecklistIdentity identity = seal.seal(new ChecklistIdentity(UUID.randomUUID(), reviewId, request.state(),
                review.instrument(), review.cycle(), language, FORM_FORMAT, blankToNull(request.agency()), issuedAt, null));
        List<Map.Entry<String, String>> cover = new ArrayList<>();
        cover.add(Map.entry("form.cover.state", names.of(request.state(), language) + " (" + request.state() + ")"));
        cover.add(Map.entry("form.cover.review", reviewId));
        cover.add(Map.entry("form.cover.language", labels.text(language, "language." + language.code())));
        if (identity.agency() != null) {
            cover.add(Map.entry("form.cover.agency", identity.agency()));
        }
        if (!request.provisions().isEmpty()) {
            cover.add(Map.entry("form.cover.provisions", String.join(", ", request.provisions().stream().sorted().toList())));
        }
        FormBody body = new FormBody(labels, language);
        String document = body.write(new FormBody.Cover(cover), items);
        ChecklistManifest manifest = new ChecklistManifest(identity, body.fieldMap());
        Path file = new OutputFolder(folder).write("followup-" + request.state() + "-" + identity.instrument()
                + identity.cycle() + (identity.agency() == null ? "" : "-" + safe(identity.agency())) + "-" + language.code(),
                ".docx", out -> PackageWriter.withStyles("the follow-up form", DocumentStyles.styles(templates, language))
                        .body(document)
                        .parts(pkg -> IdentityParts.identity(pkg, manifest))
                        .save(out));
        List<String> itemIds = items.stream().map(i -> i.item().id()).toList();
        register.recordForm(identity.checklistId().toString(), reviewId, request.state(), language, identity.agency(),
                itemIds, file.getFileName().toString(), issuedAt);
        return new Written(file, manifest, itemIds);
    }

    /**
     * The field of an item in a form: {@code status}, {@code measures}, {@code evidence} or {@code ta}
     * (for filling a form as a State would, in the demo and tests).
     */
    public static FieldId field(FollowUpItem item, String field) {
        return ItemIds.field(item.provisionId(), item.kind(), item.sequence(), field);
    }

    /** The review of the State's items tracked last: follow-up is on the latest review's report. */
    private static String latestReview(List<FollowUpItem> items) {
        return items.stream().max(Comparator.comparing(FollowUpItem::trackedAt).thenComparing(FollowUpItem::reviewId))
                .orElseThrow().reviewId();
    }

    static boolean selected(FollowUpItem item, Request request) {
        if (request.agency() != null && !request.agency().isBlank()
                && item.agencies().stream().noneMatch(a -> a.equalsIgnoreCase(request.agency().strip()))) {
            return false;
        }
        if (request.provisions().isEmpty()) {
            return true;
        }
        String shortProvision = ItemIds.shortProvision(item.provisionId());
        return request.provisions().stream().map(String::strip)
                .anyMatch(p -> shortProvision.equals(p) || shortProvision.startsWith(p + "."));
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static String safe(String agency) {
        String safe = agency.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        return safe.isEmpty() ? "agency" : safe.substring(0, Math.min(40, safe.length()));
    }
}
