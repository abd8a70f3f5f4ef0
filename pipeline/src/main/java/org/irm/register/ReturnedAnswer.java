package org.irm.register;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import org.irm.catalogue.FieldId;
import org.irm.identity.ChecklistIdentity;

/**
 * One field's answer as one return gave it: which part (the whole checklist or an agency's share)
 * in which version, from which submission and when. A line of a field's history in the State's
 * master checklist.
 *
 * @param value       as stored ({@code ""} when left blank, {@code true}/{@code false} for a check box)
 * @param part        {@code whole} or {@code agency:<name>}
 * @param checklistId the checklist (part) this answer was returned on
 * @param version     that checklist's version (1, 2, ...)
 */
public record ReturnedAnswer(FieldId field, String value, String part, UUID checklistId, int version,
                             long submissionId, Instant receivedAt, FoundBy foundBy, boolean pendingChanges) {

    public ReturnedAnswer {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(part, "part");
    }

    /** The agency whose share gave this answer, or null for the whole checklist. */
    public String agency() {
        return part.startsWith("agency:") ? part.substring("agency:".length()) : null;
    }

    /** True when the part is the whole checklist rather than one agency's share. */
    public boolean whole() {
        return ChecklistIdentity.WHOLE.equals(part);
    }

    /**
     * True when the answer says something: not blank, and not an unticked check box (which every
     * returned copy carries for the codes nobody chose, so it supersedes or contradicts nothing).
     */
    public boolean given() {
        return SparseAnswers.saysSomething(value);
    }
}
