package org.irm.register;

import java.time.Instant;

/**
 * A filled follow-up form as the register took it in.
 *
 * @param version  this return's number among the returns of its form (1, 2, ...)
 * @param findings what validation found, one per line ({@code <item id> U+001F <code> U+001F <argument>})
 */
public record FollowUpReturn(long id, String sha256, String formId, String reviewId, String state, String language,
                             SubmissionSource source, String sender, String originalName, Instant receivedAt,
                             int version, String findings) {
}
