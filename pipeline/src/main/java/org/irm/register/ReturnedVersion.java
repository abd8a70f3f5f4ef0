package org.irm.register;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * One accepted return of one part of a State's checklist: version {@code version} of checklist
 * {@code checklistId}, with the findings validation left on it.
 *
 * @param part   {@code whole} or {@code agency:<name>}
 * @param sender the address it came from, or null (a shared folder, the command line)
 * @param held   why the desk could not finish it and holds it for the secretariat (its answers
 *               count all the same), or null when it was answered normally
 */
public record ReturnedVersion(long submissionId, UUID checklistId, String part, int version, Instant receivedAt,
                              SubmissionSource source, String sender, String originalName, List<Finding> findings,
                              String held) {
    public ReturnedVersion {
        findings = List.copyOf(findings);
    }
}
