package org.irm.catalogue;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits CSV text into rows as spreadsheet programs write it: fields quoted or not, doubled
 * quotes inside quotes, line breaks inside quoted fields, CRLF or LF, blank lines ignored. The
 * separator is a comma, or a semicolon when the header line has semicolons and no comma (as
 * Excel writes in locales with a decimal comma). The one CSV reader of the pipeline: the States
 * list, and the draw's States lists and history files ({@code lots}) read through it.
 */
public final class CsvReader {

    /** One record and the line it starts on. */
    public record Row(int line, List<String> fields) { }

    private final String location;
    private final String text;
    private final char separator;
    private int position;
    private int line = 1;

    private CsvReader(String location, String text) {
        this.location = location;
        this.text = text;
        this.separator = separatorOf(text);
    }

    /**
     * The non-blank records of the text, in order; {@code location} names the file in problems.
     *
     * @throws CatalogueException when a quoted field is not closed or text follows a closing quote
     */
    public static List<Row> read(String location, String text) throws CatalogueException {
        return new CsvReader(location, text).rows();
    }

    private static char separatorOf(String text) {
        int end = text.indexOf('\n');
        String header = end < 0 ? text : text.substring(0, end);
        return header.indexOf(';') >= 0 && header.indexOf(',') < 0 ? ';' : ',';
    }

    private List<Row> rows() throws CatalogueException {
        List<Row> rows = new ArrayList<>();
        while (position < text.length()) {
            int start = line;
            List<String> fields = row();
            // Spreadsheets leave blank lines and rows of bare separators behind: not records.
            if (!fields.stream().allMatch(String::isBlank)) {
                rows.add(new Row(start, fields));
            }
        }
        return rows;
    }

    /** Reads one record, up to and including its line break. */
    private List<String> row() throws CatalogueException {
        List<String> fields = new ArrayList<>();
        while (true) {
            fields.add(position < text.length() && text.charAt(position) == '"' ? quoted() : plain());
            if (position >= text.length()) {
                return fields;
            }
            char c = text.charAt(position++);
            if (c == separator) {
                continue;
            }
            if (c == '\r' && position < text.length() && text.charAt(position) == '\n') {
                position++;
            }
            line++;
            return fields;
        }
    }

    /** An unquoted field, up to the separator or line break (left for the caller). */
    private String plain() {
        int start = position;
        while (position < text.length() && !isEnd(text.charAt(position))) {
            position++;
        }
        return text.substring(start, position).trim();
    }

    /** A quoted field, up to the separator or line break after its closing quote (left for the caller). */
    private String quoted() throws CatalogueException {
        int startLine = line;
        StringBuilder field = new StringBuilder();
        position++; // the opening quote
        while (true) {
            if (position >= text.length()) {
                throw CatalogueException.of(location, startLine, "a quoted field is not closed: add the missing '\"'");
            }
            char c = text.charAt(position++);
            if (c == '"' && position < text.length() && text.charAt(position) == '"') {
                field.append('"');
                position++;
            } else if (c == '"') {
                break;
            } else {
                line += c == '\n' ? 1 : 0;
                field.append(c);
            }
        }
        while (position < text.length() && (text.charAt(position) == ' ' || text.charAt(position) == '\t')) {
            position++;
        }
        if (position < text.length() && !isEnd(text.charAt(position))) {
            throw CatalogueException.of(location, line, "unexpected text after a closing quote; inside quotes write '\"' as '\"\"'");
        }
        return field.toString();
    }

    private boolean isEnd(char c) {
        return c == separator || c == '\n' || c == '\r';
    }
}
