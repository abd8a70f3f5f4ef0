package org.irm.lots;

/**
 * One reviewing State's part in one review: who reviewed whom, for which instrument, when.
 *
 * @param mechanism   such as {@code uncac} or {@code untoc}
 * @param cycle       review cycle, from 1
 * @param year        calendar year of the draw
 * @param underReview code of the State under review
 * @param reviewer    code of the reviewing State
 * @param instrument  the instrument reviewed (UNTOC: the Convention or one Protocol)
 */
public record PastReview(String mechanism, int cycle, int year, String underReview, String reviewer,
                         String instrument) {
}
