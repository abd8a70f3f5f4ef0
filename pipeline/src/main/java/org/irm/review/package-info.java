/**
 * Stage: reviews: review copies for reviewing States, reviewer notes taken back from returned copies,
 * and the consolidated review merged from them. May use the lower packages, {@code checklist} (the
 * checklist's styles and layout) and {@code submission} (the desk that takes copies back).
 */
package org.irm.review;
