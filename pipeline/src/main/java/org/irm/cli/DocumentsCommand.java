package org.irm.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.irm.config.IrmConfig;
import org.irm.documents.SupportingDesk;
import org.irm.register.Register;
import org.irm.register.SupportingDocuments.Document;
import org.irm.submission.LogText;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code irm documents}: the supporting documents States sent with their answers, and search in their text. */
@Command(name = "documents", mixinStandardHelpOptions = true,
        header = "List the supporting documents States sent (laws, regulations, scans), or search their text.",
        description = {
            "Supporting documents come with a return (other attachments of the same e-mail, files in inbox/<ISO3>/)",
            "or by irm ingest --supporting --state ISO3 FILE...: archived by sha256, their text read (a scan has",
            "none), registered for the State's open review. Lists them with their type, size, pages and flags",
            "(encrypted: text not read; macros: not opened; no text: a scan or an image)."
        },
        subcommands = DocumentsCommand.Search.class)
public final class DocumentsCommand implements Callable<Integer> {

    @Option(names = "--state", paramLabel = "ISO3", converter = Iso3Code.class,
            description = "Only this State's documents.")
    String state;

    @Mixin
    JsonOption output;

    @Mixin
    ConfigOptions configOptions;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws JsonProcessingException {
        IrmConfig config = configOptions.config();
        PrintWriter out = spec.commandLine().getOut();
        try (Register register = Register.open(config)) {
            List<Document> documents = SupportingDesk.over(config, register).of(state);
            if (output.json()) {
                out.println(mapper().writeValueAsString(Map.of("documents", documents.stream().map(DocumentsCommand::json)
                        .toList())));
                return 0;
            }
            if (documents.isEmpty()) {
                out.println(state == null ? "No supporting document registered yet."
                        : "No supporting document registered for " + state + " yet.");
                return 0;
            }
            for (Document d : documents) {
                out.printf(Locale.ROOT, "%s  %s  %s, %s%s%s  %s  %s%n", d.state(), LogText.of(d.originalName()),
                        d.format().toUpperCase(Locale.ROOT), size(d.sizeBytes()),
                        d.pages() == null ? "" : ", " + d.pages() + (d.pages() == 1 ? " page" : " pages"), flags(d),
                        d.reviewId() == null ? "no open review" : "review " + d.reviewId(),
                        d.receivedAt().toString().substring(0, 10));
                if (d.title() != null) {
                    out.println("     title: " + LogText.of(d.title()));
                }
            }
            return 0;
        }
    }

    /** {@code irm documents search}. */
    @Command(name = "search", mixinStandardHelpOptions = true,
            header = "Find the passages of supporting documents that hold all these words (case and accents aside).",
            description = "Shows each passage's State, document, page (PDF) or passage number, and the text around the words.")
    static final class Search implements Callable<Integer> {

        @Parameters(paramLabel = "WORDS", arity = "1..*", description = "The words, all of which a passage must hold.")
        List<String> words;

        @Option(names = "--state", paramLabel = "ISO3", converter = Iso3Code.class,
                description = "Only this State's documents.")
        String state;

        @Option(names = "--limit", paramLabel = "N", defaultValue = "50", description = "At most this many passages (default 50).")
        int limit;

        @Mixin
        JsonOption output;

        @Mixin
        ConfigOptions configOptions;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws JsonProcessingException {
            if (limit < 1) {
                throw new UserInputException("--limit must be at least 1.");
            }
            IrmConfig config = configOptions.config();
            PrintWriter out = spec.commandLine().getOut();
            String query = String.join(" ", words);
            try (Register register = Register.open(config)) {
                List<SupportingDesk.Found> found = SupportingDesk.over(config, register).search(query, state, limit);
                if (output.json()) {
                    out.println(mapper().writeValueAsString(Map.of("words", query, "hits", found.stream()
                            .map(Search::json).toList())));
                    return 0;
                }
                if (found.isEmpty()) {
                    out.println("No passage holds: " + LogText.of(query));
                    return 0;
                }
                for (SupportingDesk.Found hit : found) {
                    out.printf(Locale.ROOT, "%s  %s  %s%n    %s%n", hit.state(), LogText.of(hit.document()),
                            hit.page() == null ? "passage " + hit.passage() : "page " + hit.page(), LogText.of(hit.snippet()));
                }
                return 0;
            }
        }

        private static Map<String, Object> json(SupportingDesk.Found hit) {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("state", hit.state());
            json.put("document", hit.document());
            json.put("sha256", hit.sha256());
            json.put("page", hit.page());
            json.put("passage", hit.passage());
            json.put("snippet", hit.snippet());
            return json;
        }
    }

    private static Map<String, Object> json(Document d) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("state", d.state());
        json.put("review", d.reviewId());
        json.put("name", d.originalName());
        json.put("title", d.title());
        json.put("type", d.format());
        json.put("mediaType", d.mediaType());
        json.put("size", d.sizeBytes());
        json.put("pages", d.pages());
        json.put("textLayer", d.textLayer());
        json.put("encrypted", d.encrypted());
        json.put("macros", d.macros());
        json.put("source", d.source().name().toLowerCase(Locale.ROOT));
        json.put("sender", d.sender());
        json.put("received", d.receivedAt().toString());
        json.put("sha256", d.sha256());
        return json;
    }

    private static String flags(Document d) {
        return (d.encrypted() ? ", ENCRYPTED (text not read)" : "") + (d.macros() ? ", MACROS (not opened)" : "")
                + (!d.encrypted() && !d.macros() && !d.textLayer() ? ", no text layer" : "");
    }

    private static String size(long bytes) {
        return bytes < 1024 ? bytes + " B" : bytes < 1 << 20 ? (bytes + 1023) / 1024 + " KB"
                : String.format(Locale.ROOT, "%.1f MB", bytes / 1048576.0);
    }

    private static ObjectMapper mapper() {
        return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    }
}
