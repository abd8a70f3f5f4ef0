/**
 * Stage: the drawing of lots for reviewing States: rules, seeded draw, verification, the draw record
 * and the pairings workbook. May use the lower packages ({@code config}, {@code catalogue},
 * {@code register}, {@code docx} for the record's house style).
 */
package org.irm.lots;
