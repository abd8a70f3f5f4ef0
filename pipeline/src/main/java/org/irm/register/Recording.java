package org.irm.register;

/**
 * The result of {@link Register#recordSubmission}: the submission as stored, and whether it was
 * already there (the same bytes received before), in which case nothing new was written.
 */
public record Recording(SubmissionRecord submission, boolean duplicate) {
}
