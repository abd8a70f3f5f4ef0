package org.irm.docx;

/**
 * A file refused, with the reason's code (for scripts and the register) and a sentence the sender
 * understands: what the file is and what to do instead.
 */
public record Refusal(RefusalReason reason, String message) {
}
