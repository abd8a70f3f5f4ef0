package org.irm.review;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import org.irm.catalogue.ArticleRef;
import org.irm.identity.ChecklistIdentity;
import org.irm.register.ReviewExpert;
import org.irm.register.ReviewExperts;
import org.irm.register.ReviewRecord;
import org.irm.register.Reviews;

/**
 * Who may return a review copy: a drawn reviewing State of that review, or the secretariat.
 * Decides, for a copy whose seal holds, from the register's review and experts:
 * <ul>
 *   <li>the review must be registered with its drawn reviewing States, and the copy must have
 *       been issued to one of them or to the secretariat (its sealed reviewer);</li>
 *   <li>dropped into a reviewing State's folder ({@code reviews/<ISO3>/}): that State must be a
 *       drawn reviewer and the copy its own;</li>
 *   <li>sent from an address (e-mail, {@code irm ingest --sender}): the address must be a
 *       registered expert of that review ({@code irm experts add}) for the State the copy was
 *       issued to;</li>
 *   <li>neither (the reviews folder itself, {@code irm ingest} without a sender): the secretariat's
 *       own hand, which may bring in any drawn reviewer's copy.</li>
 * </ul>
 * An expert's copy (its seal names the expert) sent from an address must come from that expert's:
 * another expert of the same State returns their own copy, not a colleague's.
 * The answer is the sentence telling the sender why the copy is not taken (refused
 * {@link org.irm.docx.RefusalReason#NOT_A_REVIEWER}), or empty when it may be taken.
 */
public final class ReviewerCheck {

    private final Reviews reviews;
    private final ReviewExperts experts;
    private final Function<String, String> stateNames;

    /** @param stateNames a State's name by ISO3 ("France (FRA)"), for the sentences */
    public ReviewerCheck(Reviews reviews, ReviewExperts experts, Function<String, String> stateNames) {
        this.reviews = reviews;
        this.experts = experts;
        this.stateNames = stateNames;
    }

    /**
     * Why this copy may not be taken from where it came, or empty when it may.
     *
     * @param folderState the reviewing State's folder it was dropped in, or null
     * @param sender      the address it came from, or null
     */
    public Optional<String> refusal(ChecklistIdentity copy, String folderState, String sender) {
        ReviewRecord review = reviews.find(copy.reviewId()).orElse(null);
        List<String> drawn = review == null ? List.of() : review.reviewingStates();
        String under = stateNames.apply(copy.state());
        if (drawn.isEmpty()) {
            return Optional.of("No reviewing States are drawn for review " + copy.reviewId() + " of " + under
                    + " in the register, so no review copy of it can be taken yet. The secretariat records the draw"
                    + " first; then return the copy again.");
        }
        String issuedTo = copy.reviewer();
        boolean bySecretariat = ChecklistIdentity.SECRETARIAT.equals(issuedTo);
        if (!bySecretariat && !drawn.contains(issuedTo)) {
            return Optional.of("This review copy was issued to " + stateNames.apply(issuedTo) + ", which is not a drawn"
                    + " reviewing State of " + under + "'s review (" + copy.reviewId() + "; reviewing States: "
                    + names(drawn) + "). Only they and the secretariat return review copies of it.");
        }
        if (folderState != null) {
            String folder = folderState.toUpperCase(Locale.ROOT);
            if (!drawn.contains(folder)) {
                return Optional.of("The folder reviews/" + folder + "/ is the folder of " + stateNames.apply(folder)
                        + ", which is not a drawn reviewing State of " + under + "'s review (" + copy.reviewId()
                        + "; reviewing States: " + names(drawn) + "). Review copies of it are not taken from there.");
            }
            if (!folder.equals(issuedTo)) {
                return Optional.of("This review copy was issued to " + reviewer(issuedTo) + " but was placed in the"
                        + " folder of " + stateNames.apply(folder) + ". Each reviewing State returns its own copy in its"
                        + " own folder.");
            }
            return Optional.empty();
        }
        if (sender != null && !sender.isBlank()) {
            List<ReviewExpert> registered = experts.byEmail(sender).stream()
                    .filter(e -> e.reviewId().equals(copy.reviewId()) && drawn.contains(e.stateIso3())).toList();
            if (registered.isEmpty()) {
                return Optional.of("The address " + sender + " is not registered as an expert of a reviewing State of "
                        + under + "'s review (" + copy.reviewId() + "). Send the copy from the address your State"
                        + " registered for this review, or ask the secretariat to register this one.");
            }
            if (registered.stream().noneMatch(e -> e.stateIso3().equals(issuedTo))) {
                return Optional.of("This review copy was issued to " + reviewer(issuedTo) + ", but " + sender
                        + " is registered as an expert of " + names(registered.stream().map(ReviewExpert::stateIso3)
                        .distinct().toList()) + ". Each reviewing State returns its own copy.");
            }
            if (copy.isExpertCopy() && !copy.expert().equalsIgnoreCase(sender.strip())) {
                return Optional.of("This review copy was issued to " + copy.expert() + ", an expert of "
                        + reviewer(issuedTo) + ", for their articles (" + String.join(", ", copy.articles().stream()
                        .map(ArticleRef::toString).toList()) + "); " + sender + " may not return it. Each expert returns"
                        + " their own copy from their own address; ask the secretariat for yours.");
            }
        }
        return Optional.empty();
    }

    private String reviewer(String issuedTo) {
        return ChecklistIdentity.SECRETARIAT.equals(issuedTo) ? "the secretariat" : stateNames.apply(issuedTo);
    }

    private String names(List<String> states) {
        return String.join(", ", states.stream().map(stateNames).toList());
    }
}
