package org.irm.register;

import java.util.Locale;

/**
 * Where a review stands in the mechanism's sequence, from the draw of its reviewing States to the
 * published executive summary. Stored as its {@link #code()}; a review may be moved to any stage
 * (the secretariat corrects as well as advances), and every move is logged.
 */
public enum ReviewStage {
    /** Reviewing States drawn; focal points being named. */
    DRAWN,
    /** The State under review is answering its self-assessment checklist. */
    SELF_ASSESSMENT,
    /** The reviewing States are reviewing the returned checklist. */
    DESK_REVIEW,
    /** The country visit or joint meeting. */
    COUNTRY_DIALOGUE,
    /** The country review report is being drafted and agreed. */
    DRAFT_REPORT,
    /** The executive summary is being finalised for publication. */
    EXECUTIVE_SUMMARY,
    /** Done: the executive summary is published. */
    COMPLETED;

    /** The word stored in the register and shown to users: {@code self-assessment}, {@code desk-review}, ... */
    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The stage with this code (as {@link #code()} writes it, or its constant name), or an error naming the codes. */
    public static ReviewStage ofCode(String code) {
        String wanted = code.trim().toUpperCase(Locale.ROOT).replace('-', '_');
        for (ReviewStage stage : values()) {
            if (stage.name().equals(wanted)) {
                return stage;
            }
        }
        StringBuilder known = new StringBuilder();
        for (ReviewStage stage : values()) {
            known.append(known.length() == 0 ? "" : ", ").append(stage.code());
        }
        throw new IllegalArgumentException("'" + code + "' is not a review stage; the stages are " + known);
    }
}
