package org.irm.identity;

import java.util.Optional;

/**
 * The outcome of checking a file's identity.
 *
 * @param manifest the identity and field map as read from the file, when they could be read
 *                 (also for a bad seal, so the user can be told what the file claims to be)
 * @param message  a plain sentence on what is wrong; empty when valid
 */
public record IdentityCheck(IdentityStatus status, ChecklistManifest manifest, String message) {

    public boolean valid() {
        return status == IdentityStatus.VALID;
    }

    public Optional<ChecklistIdentity> identity() {
        return Optional.ofNullable(manifest).map(ChecklistManifest::identity);
    }
}
