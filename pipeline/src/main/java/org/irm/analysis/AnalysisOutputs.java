package org.irm.analysis;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.irm.catalogue.Language;
import org.irm.config.TemplateSource;
import org.irm.folders.OutputFolder;

/**
 * Writes one analysis three ways into a folder, never over an existing file: {@code <name>.xlsx}
 * (a sheet and a native chart per table, {@link AnalysisWorkbook}), {@code <name>.docx} (the formatted
 * note, {@link AnalysisNote}) and {@code <name>.json} (the figures and the tables, for other tools).
 */
public final class AnalysisOutputs {

    private final TemplateSource templates;

    public AnalysisOutputs(TemplateSource templates) {
        this.templates = templates;
    }

    /** The files written. */
    public record Written(Path xlsx, Path docx, Path json) { }

    /**
     * @param kind         {@code ta-needs} or {@code outcomes}: the JSON's {@code kind}
     * @param introduction the note's paragraphs before the tables (what is counted, the rounding)
     * @param figures      the analysis's figures record, given whole in the JSON under {@code figures}
     */
    public Written write(Path folder, String name, String kind, String title, List<String> introduction,
                         List<AnalysisTable> tables, Object figures, Language language) throws IOException {
        return write(folder, name, kind, title, introduction, tables, figures, Map.of(), language);
    }

    /**
     * Writes as above, the JSON holding {@code more}'s keys after {@code tables} (what an analysis counts
     * beside its figures, such as the outcomes' {@code contributors}).
     */
    public Written write(Path folder, String name, String kind, String title, List<String> introduction,
                         List<AnalysisTable> tables, Object figures, Map<String, Object> more, Language language)
            throws IOException {
        Files.createDirectories(folder);
        OutputFolder out = new OutputFolder(folder);
        Path xlsx = out.write(name, ".xlsx", stream -> new AnalysisWorkbook().write(title, introduction, tables, language, stream));
        String base = xlsx.getFileName().toString().replaceFirst("\\.xlsx$", "");
        Path docx = out.write(base, ".docx", stream -> new AnalysisNote(templates).write(title, introduction, tables, language, stream));
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("kind", kind);
        json.put("title", title);
        json.put("language", language.code());
        json.put("figures", figures);
        json.put("tables", tables.stream().map(AnalysisOutputs::tableJson).toList());
        json.putAll(more);
        Path jsonFile = out.write(base, ".json", stream -> stream.write(mapper().writeValueAsBytes(json)));
        return new Written(xlsx, docx, jsonFile);
    }

    /** A table in the JSON: id, title, headers, and rows of shown values (shares as whole per cents). */
    private static Map<String, Object> tableJson(AnalysisTable table) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", table.id());
        json.put("title", table.title());
        json.put("headers", table.columns().stream().map(AnalysisTable.Column::header).toList());
        List<List<Object>> rows = new ArrayList<>();
        for (List<Object> row : table.rows()) {
            rows.add(row.stream().map(cell -> cell instanceof Share share ? (Object) share.percent() : cell).toList());
        }
        json.put("rows", rows);
        return json;
    }

    /** JSON as the analysis writes it: indented, dates as yyyy-mm-dd. */
    public static ObjectMapper mapper() {
        SimpleModule dates = new SimpleModule();
        dates.addSerializer(LocalDate.class, ToStringSerializer.instance);
        return new ObjectMapper().registerModule(dates).enable(SerializationFeature.INDENT_OUTPUT);
    }
}
