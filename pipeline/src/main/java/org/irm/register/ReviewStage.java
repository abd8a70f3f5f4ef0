package org.irm.register;

import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Where a review stands in the mechanism's sequence, stored as its {@link #code()}. The stages
 * and their order are the secretariat's ({@code templates/review/stages.csv}, read by the
 * {@code stages} package); the register stores any well-formed code and knows by name only the
 * ones it relies on: {@link #DRAWN} (a draw may still withdraw the review) and {@link #FINAL}
 * (the executive summary is published: the date the review reached it is what the next cycle's
 * draw orders by). A review may be moved to any stage (the secretariat corrects as well as
 * advances), and every move is logged with its date ({@link Reviews#stageMoves}).
 *
 * <p>Codes written before the stage list became a template still read: {@code country-dialogue}
 * is {@code dialogue}, {@code executive-summary} (summary being finalised) is {@code draft-report},
 * {@code completed} (summary published) is {@code final}. Migration V10 rewrote the stored ones.
 *
 * @param code lower-case letters, digits and hyphens, as stored and as users type it
 */
public record ReviewStage(String code) {

    // Before the constants: they are checked against it as they are made.
    private static final Pattern CODE = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final int MAX_LENGTH = 50;

    /** Reviewing States drawn; focal points being named. Where a draw puts a review. */
    public static final ReviewStage DRAWN = new ReviewStage("drawn");
    /** The State under review is answering its self-assessment checklist. */
    public static final ReviewStage SELF_ASSESSMENT = new ReviewStage("self-assessment");
    /** The reviewing States are reviewing the returned checklist. */
    public static final ReviewStage DESK_REVIEW = new ReviewStage("desk-review");
    /** The country visit or joint meeting. */
    public static final ReviewStage DIALOGUE = new ReviewStage("dialogue");
    /** The country review report is being drafted and agreed, its executive summary finalised. */
    public static final ReviewStage DRAFT_REPORT = new ReviewStage("draft-report");
    /** The report is final: its executive summary is published. */
    public static final ReviewStage FINAL = new ReviewStage("final");
    /** The State reports on what it did about the recommendations. */
    public static final ReviewStage FOLLOW_UP = new ReviewStage("follow-up");

    private static final ReviewStage[] BUNDLED = {DRAWN, SELF_ASSESSMENT, DESK_REVIEW, DIALOGUE, DRAFT_REPORT, FINAL,
        FOLLOW_UP};
    private static final Map<String, ReviewStage> FORMER_CODES = Map.of("country-dialogue", DIALOGUE,
            "executive-summary", DRAFT_REPORT, "completed", FINAL);

    public ReviewStage {
        Objects.requireNonNull(code, "code");
        if (code.length() > MAX_LENGTH || !CODE.matcher(code).matches()) {
            throw new IllegalArgumentException("'" + code + "' is not a stage code: use lower-case letters, digits and"
                    + " hyphens (at most " + MAX_LENGTH + "), such as desk-review");
        }
    }

    /** The stages of the bundled stage list, in order (the template may rename labels, reorder or add). */
    public static ReviewStage[] values() {
        return BUNDLED.clone();
    }

    /**
     * The stage a code names: as stored ({@code desk-review}), in capitals or with underscores
     * ({@code DESK_REVIEW}), or a former code ({@code completed} is {@link #FINAL}).
     *
     * @throws IllegalArgumentException when the text cannot be a stage code
     */
    public static ReviewStage ofCode(String code) {
        String wanted = code.trim().toLowerCase(Locale.ROOT).replace('_', '-');
        return FORMER_CODES.getOrDefault(wanted, new ReviewStage(wanted));
    }

    @Override
    public String toString() {
        return code;
    }
}
