package org.irm.console;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The console's JSON writer, one shared mapper; what it writes is maps, lists, strings and numbers. */
final class ConsoleJson {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ConsoleJson() {
    }

    static String write(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("The console cannot write its JSON: " + e.getMessage(), e);
        }
    }
}
