package org.irm.lots;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The small JSON the draw record and the event log need: maps, lists, strings, integers,
 * booleans and null, written with sorted-as-given keys and read back with a depth bound. Kept
 * here so the record's format is one file to read, with no library to follow.
 */
final class Json {

    private static final int MAX_DEPTH = 32;

    private Json() {
    }

    /** Indented JSON for a value made of maps, lists, strings, numbers, booleans and nulls. */
    static String write(Object value) {
        StringBuilder out = new StringBuilder();
        write(value, out, "  ", "");
        return out.append('\n').toString();
    }

    /** JSON on one line, for logs. */
    static String line(Object value) {
        StringBuilder out = new StringBuilder();
        write(value, out, null, "");
        return out.toString();
    }

    private static void write(Object value, StringBuilder out, String indent, String at) {
        if (value instanceof Map<?, ?> map) {
            writeMap(map, out, indent, at);
        } else if (value instanceof List<?> list) {
            writeList(list, out, indent, at);
        } else if (value instanceof String s) {
            quote(s, out);
        } else if (value == null || value instanceof Number || value instanceof Boolean) {
            out.append(value);
        } else {
            throw new IllegalArgumentException("Not a JSON value: " + value.getClass());
        }
    }

    private static void writeMap(Map<?, ?> map, StringBuilder out, String indent, String at) {
        out.append('{');
        String inner = indent == null ? "" : at + indent;
        boolean first = true;
        for (Map.Entry<?, ?> e : map.entrySet()) {
            out.append(first ? "" : ",");
            newline(out, indent, inner);
            quote(String.valueOf(e.getKey()), out);
            out.append(indent == null ? ":" : ": ");
            write(e.getValue(), out, indent, inner);
            first = false;
        }
        if (!map.isEmpty()) {
            newline(out, indent, at);
        }
        out.append('}');
    }

    private static void writeList(List<?> list, StringBuilder out, String indent, String at) {
        boolean flat = list.stream().noneMatch(v -> v instanceof Map || v instanceof List);
        out.append('[');
        String inner = indent == null ? "" : at + indent;
        for (int i = 0; i < list.size(); i++) {
            out.append(i == 0 ? "" : flat ? ", " : ",");
            if (!flat) {
                newline(out, indent, inner);
            }
            write(list.get(i), out, indent, inner);
        }
        if (!flat && !list.isEmpty()) {
            newline(out, indent, at);
        }
        out.append(']');
    }

    private static void newline(StringBuilder out, String indent, String at) {
        if (indent != null) {
            out.append('\n').append(at);
        }
    }

    private static void quote(String s, StringBuilder out) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }

    /** Parses JSON text; numbers come back as {@link Long}, objects as ordered maps. */
    static Object parse(String text, String location) {
        Reader reader = new Reader(text, location);
        Object value = reader.value(0);
        reader.skipSpace();
        if (reader.pos != text.length()) {
            throw reader.error("unexpected text after the end");
        }
        return value;
    }

    private static final class Reader {
        private final String text;
        private final String location;
        private int pos;

        Reader(String text, String location) {
            this.text = text;
            this.location = location;
        }

        Object value(int depth) {
            if (depth > MAX_DEPTH) {
                throw error("nested deeper than " + MAX_DEPTH);
            }
            skipSpace();
            if (pos >= text.length()) {
                throw error("unexpected end");
            }
            char c = text.charAt(pos);
            if (c == '{') {
                return object(depth);
            } else if (c == '[') {
                return array(depth);
            } else if (c == '"') {
                return string();
            } else if (text.startsWith("true", pos)) {
                pos += 4;
                return Boolean.TRUE;
            } else if (text.startsWith("false", pos)) {
                pos += 5;
                return Boolean.FALSE;
            } else if (text.startsWith("null", pos)) {
                pos += 4;
                return null;
            }
            return number();
        }

        private Map<String, Object> object(int depth) {
            Map<String, Object> map = new LinkedHashMap<>();
            pos++;
            skipSpace();
            if (peek() == '}') {
                pos++;
                return map;
            }
            while (true) {
                skipSpace();
                if (peek() != '"') {
                    throw error("expected a quoted key");
                }
                String key = string();
                skipSpace();
                expect(':');
                map.put(key, value(depth + 1));
                skipSpace();
                if (peek() == ',') {
                    pos++;
                } else {
                    expect('}');
                    return map;
                }
            }
        }

        private List<Object> array(int depth) {
            List<Object> list = new ArrayList<>();
            pos++;
            skipSpace();
            if (peek() == ']') {
                pos++;
                return list;
            }
            while (true) {
                list.add(value(depth + 1));
                skipSpace();
                if (peek() == ',') {
                    pos++;
                } else {
                    expect(']');
                    return list;
                }
            }
        }

        private String string() {
            StringBuilder out = new StringBuilder();
            pos++;
            while (pos < text.length()) {
                char c = text.charAt(pos++);
                if (c == '"') {
                    return out.toString();
                }
                if (c != '\\') {
                    out.append(c);
                    continue;
                }
                if (pos >= text.length()) {
                    break;
                }
                char e = text.charAt(pos++);
                switch (e) {
                    case 'n' -> out.append('\n');
                    case 'r' -> out.append('\r');
                    case 't' -> out.append('\t');
                    case 'b' -> out.append('\b');
                    case 'f' -> out.append('\f');
                    case 'u' -> {
                        if (pos + 4 > text.length()) {
                            throw error("broken \\u escape");
                        }
                        try {
                            out.append((char) Integer.parseInt(text.substring(pos, pos + 4), 16));
                        } catch (NumberFormatException ex) {
                            throw error("broken \\u escape");
                        }
                        pos += 4;
                    }
                    default -> out.append(e);
                }
            }
            throw error("a string is not closed");
        }

        private Long number() {
            int start = pos;
            if (peek() == '-') {
                pos++;
            }
            while (pos < text.length() && Character.isDigit(text.charAt(pos))) {
                pos++;
            }
            try {
                return Long.parseLong(text.substring(start, pos));
            } catch (NumberFormatException e) {
                throw error("expected a value");
            }
        }

        private char peek() {
            return pos < text.length() ? text.charAt(pos) : '\0';
        }

        private void expect(char c) {
            if (peek() != c) {
                throw error("expected '" + c + "'");
            }
            pos++;
        }

        void skipSpace() {
            while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
                pos++;
            }
        }

        LotsInputException error(String what) {
            return new LotsInputException(location + " is not a valid draw record: " + what + " at character " + pos);
        }
    }
}
