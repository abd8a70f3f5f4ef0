package org.irm.identity;

/** What a returned file's identity turned out to be. */
public enum IdentityStatus {
    /** Ours, and the seal verifies over the values in both the identity part and the document properties. */
    VALID,
    /** Ours, but the seal does not verify or the two copies of the identity disagree: edited or forged. */
    BAD_SEAL,
    /** Carries our identity part or properties, but they cannot be read. */
    UNREADABLE,
    /** No identity of ours: someone else's document, or a checklist whose identity was stripped. */
    NONE
}
