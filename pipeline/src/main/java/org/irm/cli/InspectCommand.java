package org.irm.cli;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.irm.catalogue.CatalogueException;
import org.irm.catalogue.I18nLabels;
import org.irm.config.IrmConfig;
import org.irm.config.SecretKeys;
import org.irm.docx.Refusal;
import org.irm.identity.IdentitySeal;
import org.irm.submission.CatalogueShelf;
import org.irm.submission.DocumentInspector;
import org.irm.submission.Inspection;
import org.irm.submission.InspectionReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code irm inspect}: what a Word file holds, ours or anyone's. */
@Command(name = "inspect", mixinStandardHelpOptions = true,
        header = "Report what a Word file holds: format, identity, content controls, comments, tracked changes, answers.",
        description = {
            "Reads any .docx. For a checklist issued by this pipeline it also checks the seal of its identity and",
            "reads every answer, saying how each was found (tag, bookmark or field map) and which fields are missing.",
            "A file that is not a readable Word document is refused with a reason; the exit code is then 2, as it is",
            "for a checklist whose identity seal does not verify (edited by hand, or sealed with another key)."
        })
public final class InspectCommand implements Callable<Integer> {

    @Parameters(paramLabel = "FILE", description = "The Word file to inspect.")
    Path file;

    @Option(names = "--json", description = "Print JSON (keys documented in the README) instead of a summary.")
    boolean json;

    @Mixin
    ConfigOptions configOptions;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws JsonProcessingException, CatalogueException {
        if (!Files.isRegularFile(file)) {
            throw new UserInputException("No file at " + file);
        }
        IrmConfig config = configOptions.config();
        Inspection inspection = new DocumentInspector(new IdentitySeal(SecretKeys.sealingKey(config)),
                new CatalogueShelf(config.templates(), I18nLabels.load(config.templates()))).inspect(file);
        PrintWriter out = spec.commandLine().getOut();
        if (inspection.refusal().isPresent()) {
            Refusal refusal = inspection.refusal().get();
            if (json) {
                Map<String, Object> rejected = new LinkedHashMap<>();
                rejected.put("reason", refusal.reason().name());
                rejected.put("message", refusal.message());
                out.println(mapper().writeValueAsString(Map.of("rejected", rejected)));
            } else {
                spec.commandLine().getErr().println("Refused (" + refusal.reason().name() + "): " + refusal.message());
            }
            return UserFacingErrors.USER_ERROR;
        }
        InspectionReport report = inspection.report().orElseThrow();
        out.println(json ? mapper().writeValueAsString(report) : InspectionSummary.of(report, file));
        InspectionReport.Identity identity = report.identity();
        if (identity != null && !identity.signatureValid()) {
            // The return desk refuses such a file (BAD_SEAL, UNREADABLE_IDENTITY): a script must see it too.
            spec.commandLine().getErr().println("irm inspect: the checklist's identity does not hold (" + identity.status()
                    + "): " + identity.message() + "; the return desk would refuse this file.");
            return UserFacingErrors.USER_ERROR;
        }
        return 0;
    }

    private static ObjectMapper mapper() {
        return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
                .setSerializationInclusion(JsonInclude.Include.ALWAYS);
    }
}
