package org.irm.lots;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The JSON of the draw record and the event log, through Jackson: values are plain maps, lists,
 * strings, whole numbers (read back as {@link Long}), booleans and null, keys in the order given.
 * Reading is bounded in depth, as for every file that comes from outside.
 */
final class Json {

    private static final int MAX_DEPTH = 32;

    private static final ObjectMapper MAPPER = mapper();
    /** "key": value, as people write JSON by hand, so a record reads and diffs plainly. */
    private static final DefaultPrettyPrinter PRETTY = new DefaultPrettyPrinter().withSeparators(
            Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER));

    private Json() {
    }

    /** Indented JSON, with a final line break. */
    static String write(Object value) {
        try {
            return MAPPER.writer(PRETTY).writeValueAsString(value) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Not a JSON value: " + e.getOriginalMessage(), e);
        }
    }

    /** JSON on one line, for logs. */
    static String line(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Not a JSON value: " + e.getOriginalMessage(), e);
        }
    }

    /** Parses JSON text; numbers come back as {@link Long}, objects as ordered maps. */
    static Object parse(String text, String location) {
        try {
            return MAPPER.readValue(text, Object.class);
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null ? "" : " at character " + e.getLocation().getCharOffset();
            throw new LotsInputException(location + " is not a valid draw record: " + e.getOriginalMessage() + where);
        }
    }

    private static ObjectMapper mapper() {
        ObjectMapper mapper = new ObjectMapper().enable(DeserializationFeature.USE_LONG_FOR_INTS)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        mapper.getFactory().setStreamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH).build());
        return mapper;
    }
}
