package org.irm.register;

/**
 * A registered submission whose sender was never answered: the work a crash between register and
 * answer left unfinished.
 *
 * @param facts what intake registered with it, or null for a submission registered without intake
 */
public record UnansweredSubmission(SubmissionRecord submission, IntakeFacts facts) {
}
