package org.irm.lots;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.irm.catalogue.CatalogueException;
import org.irm.catalogue.CsvReader;

/**
 * The comma-separated files of this package (States list, history, schedule): UTF-8, a header row,
 * and a bound on size so a wrong file cannot exhaust memory. Records are split by the pipeline's
 * one CSV reader ({@link CsvReader}); this class adds the header index and writes records back.
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
        try {
            return CsvReader.read(location, text).stream().map(CsvReader.Row::fields).toList();
        } catch (CatalogueException e) {
            throw new LotsInputException(e.getMessage(), e);
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
