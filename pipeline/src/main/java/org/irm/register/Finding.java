package org.irm.register;

import java.util.Objects;
import org.irm.catalogue.FieldId;

/**
 * Something validation noticed about a submission, kept with it.
 *
 * @param field the field it is about, or null for the file as a whole
 * @param code  a stable code (for example {@code required-missing}) that messages are chosen by
 */
public record Finding(FieldId field, String code, String message) {
    public Finding {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
    }
}
