package org.irm.register;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * One accepted return of one part of a State's checklist: version {@code version} of checklist
 * {@code checklistId}, with the findings validation left on it.
 *
 * @param part   {@code whole} or {@code agency:<name>}
 * @param sender the address it came from, or null (a shared folder, the command line)
 * @param held   why the desk could not finish it and holds it for the secretariat (its answers
 *               count all the same), or null when it was answered normally
 * @param carriedProvisions the provisions the returned file carried: a field of one of them that the
 *               register has no answer for was left blank in this version
 */
public record ReturnedVersion(long submissionId, UUID checklistId, String part, int version, Instant receivedAt,
                              SubmissionSource source, String sender, String originalName, List<Finding> findings,
                              String held, Set<String> carriedProvisions) {
    public ReturnedVersion {
        findings = List.copyOf(findings);
        carriedProvisions = Set.copyOf(carriedProvisions);
    }

    /** True when the returned file carried the provision (answered or not). */
    public boolean carries(String provisionId) {
        return carriedProvisions.contains(provisionId);
    }
}
