package org.irm.lots;

/**
 * One reviewing State of one State under review for one instrument.
 *
 * @param underReview code of the State under review
 * @param role        the box the reviewer was drawn from
 * @param instrument  the instrument it reviews
 * @param reviewer    code of the reviewing State
 * @param additional  true when drawn because a first reviewer is not party to this instrument
 */
public record Pairing(String underReview, Role role, String instrument, String reviewer, boolean additional) {
}
