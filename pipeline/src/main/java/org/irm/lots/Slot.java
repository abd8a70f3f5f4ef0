package org.irm.lots;

/** A reviewer position still to fill: whose reviewer, from which box, for which instrument. */
record Slot(String underReview, Role role, String instrument, boolean additional) {

    Pairing filledBy(String reviewer) {
        return new Pairing(underReview, role, instrument, reviewer, additional);
    }
}
