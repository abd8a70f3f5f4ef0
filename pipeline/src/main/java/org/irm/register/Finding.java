package org.irm.register;

import java.util.List;
import org.irm.catalogue.FieldId;

/**
 * Something to fix in a returned checklist, located at a State's field. A value, collected by the
 * validator and never thrown; its text comes from the labels ({@code finding.<code>}) in the
 * checklist's language, with the arguments filled in.
 *
 * @param code      the validator's {@code required}, {@code requiredWhen}, {@code notAllowed}, {@code tooLong}
 *                  and {@code notADate}, or the reader's {@code storedValueDiffers}
 * @param arguments the message's arguments, as text
 */
public record Finding(String state, FieldId field, String code, List<String> arguments) {
    public Finding {
        arguments = List.copyOf(arguments);
    }

    public String messageKey() {
        return "finding." + code;
    }
}
