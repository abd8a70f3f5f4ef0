package org.irm.register;

import java.time.Instant;

/** One field's answer in one version of a checklist: a line of the field's history. */
public record AnswerVersion(int version, long submissionId, Instant receivedAt, String value, FoundBy foundBy,
                            boolean pendingChanges) {
}
