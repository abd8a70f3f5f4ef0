package org.irm.lots;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The comma-separated files of this package (States list, history, schedule): RFC 4180 quoting,
 * UTF-8, a header row, and a bound on size so a wrong file cannot exhaust memory.
 */
final class Csv {

    static final int MAX_BYTES = 8 * 1024 * 1024;

    private Csv() {
    }

    /** Reads all non-blank records; the first is the header. The caller closes the stream. */
    static List<List<String>> read(InputStream in, String location) throws IOException {
        byte[] bytes = in.readNBytes(MAX_BYTES + 1);
        if (bytes.length > MAX_BYTES) {
            throw new LotsInputException(location + " is larger than " + MAX_BYTES + " bytes");
        }
        String text = new String(bytes, StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        return parse(text, location);
    }

    private static List<List<String>> parse(String text, String location) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i++);
            if (c == '"' && cell.length() == 0) {
                i = quoted(text, i, cell, location);
            } else if (c == ',') {
                row.add(cell.toString());
                cell.setLength(0);
            } else if (c == '\n') {
                row.add(cell.toString());
                cell.setLength(0);
                addUnlessBlank(rows, row);
                row = new ArrayList<>();
            } else if (c != '\r') {
                cell.append(c);
            }
        }
        if (cell.length() > 0 || !row.isEmpty()) {
            row.add(cell.toString());
            addUnlessBlank(rows, row);
        }
        return rows;
    }

    /** Reads a quoted value starting after its opening quote; returns the index after the closing one. */
    private static int quoted(String text, int start, StringBuilder cell, String location) {
        int i = start;
        while (i < text.length()) {
            char c = text.charAt(i++);
            if (c != '"') {
                cell.append(c);
            } else if (i < text.length() && text.charAt(i) == '"') {
                cell.append('"');
                i++;
            } else {
                return i;
            }
        }
        throw new LotsInputException(location + " ends inside a quoted value");
    }

    private static void addUnlessBlank(List<List<String>> rows, List<String> row) {
        if (!(row.size() == 1 && row.get(0).isBlank())) {
            rows.add(row);
        }
    }

    /** One record as a line, quoting where needed, ending with a newline. */
    static String line(List<String> values) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            String v = values.get(i) == null ? "" : values.get(i);
            if (v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r")) {
                out.append('"').append(v.replace("\"", "\"\"")).append('"');
            } else {
                out.append(v);
            }
        }
        return out.append('\n').toString();
    }

    /** Index of each header name, lower-cased and trimmed. */
    static Map<String, Integer> header(List<String> header) {
        Map<String, Integer> index = new LinkedHashMap<>();
        for (int i = 0; i < header.size(); i++) {
            index.put(header.get(i).trim().toLowerCase(Locale.ROOT), i);
        }
        return index;
    }

    /** The value of a column in a row, trimmed, empty when the row is short. */
    static String value(List<String> row, Integer column) {
        return column == null || column >= row.size() ? "" : row.get(column).trim();
    }
}
