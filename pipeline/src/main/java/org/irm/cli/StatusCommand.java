package org.irm.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.irm.catalogue.Catalogue;
import org.irm.catalogue.CatalogueException;
import org.irm.catalogue.CatalogueLoader;
import org.irm.catalogue.StateList;
import org.irm.config.IrmConfig;
import org.irm.register.AnswerConflict;
import org.irm.register.MasterChecklist;
import org.irm.register.MasterChecklists;
import org.irm.register.Register;
import org.irm.register.ReturnedAnswer;
import org.irm.register.ReturnedVersion;
import org.irm.submission.LogText;
import org.irm.submission.ProvisionProgress;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code irm status}: where each State's returns stand, provision by provision. */
@Command(name = "status", mixinStandardHelpOptions = true,
        header = "Show per State and provision what is answered, has findings or is missing; versions and conflicts.",
        description = {
            "Reads the register: for every State with an accepted return, its latest review's master checklist",
            "(every part and version merged), per provision answered / findings / missing, the last return received,",
            "the versions of each part and the fields two agencies answered differently.",
            "With --state, also the history of each answered field, version by version."
        })
public final class StatusCommand implements Callable<Integer> {

    @Option(names = "--state", paramLabel = "ISO3", description = "Only this State, with each field's history.")
    String state;

    @Option(names = "--json", description = "Print JSON instead of text.")
    boolean json;

    @Mixin
    ConfigOptions configOptions;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws CatalogueException, JsonProcessingException {
        IrmConfig config = configOptions.config();
        Catalogue catalogue = CatalogueLoader.configured(config);
        StateList states = StateList.load(config.templates());
        Register register = Register.open(config);
        MasterChecklists masters = new MasterChecklists(register);
        List<MasterChecklist> shown = new ArrayList<>();
        if (state != null) {
            String iso3 = state.trim().toUpperCase(Locale.ROOT);
            Optional<MasterChecklist> master = masters.forState(iso3);
            if (master.isEmpty()) {
                spec.commandLine().getOut().println(json ? "{\"states\": []}" : "No accepted return from " + iso3 + " yet.");
                return 0;
            }
            shown.add(master.get());
        } else {
            masters.reviewsByState().forEach((iso3, reviews) -> masters.forReview(reviews.get(0)).ifPresent(shown::add));
        }
        List<Map<String, Object>> report = new ArrayList<>();
        for (MasterChecklist master : shown) {
            report.add(stateReport(master, catalogue, states, state != null));
            report.get(report.size() - 1).put("reviews", ReviewStatus.of(register.reviewNotes(), master.state()));
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
                    .writeValueAsString(Map.of("states", report)));
        } else if (report.isEmpty()) {
            out.println("No accepted return yet.");
        } else {
            report.forEach(r -> print(out, r, state != null));
        }
        return 0;
    }

    private static Map<String, Object> stateReport(MasterChecklist master, Catalogue catalogue, StateList states,
                                                   boolean withHistory) {
        List<ProvisionProgress> progress = ProvisionProgress.of(master, catalogue);
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("state", master.state());
        report.put("name", states.find(master.state()).map(s -> s.name()).orElse(master.state()));
        report.put("reviewId", master.reviewId());
        report.put("lastReceived", master.lastReceived().toString());
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String status : List.of(ProvisionProgress.ANSWERED, ProvisionProgress.FINDINGS, ProvisionProgress.MISSING)) {
            counts.put(status, progress.stream().filter(p -> p.status().equals(status)).count());
        }
        report.put("provisionCounts", counts);
        List<Map<String, Object>> versions = new ArrayList<>();
        for (ReturnedVersion version : master.versions()) {
            Map<String, Object> v = new LinkedHashMap<>();
            v.put("part", version.part());
            v.put("version", version.version());
            v.put("receivedAt", version.receivedAt().toString());
            v.put("file", version.originalName());
            v.put("source", version.source().name().toLowerCase(Locale.ROOT));
            v.put("sender", version.sender());
            v.put("findings", version.findings().size());
            v.put("held", version.held());
            versions.add(v);
        }
        report.put("versions", versions);
        List<Map<String, Object>> provisions = new ArrayList<>();
        for (ProvisionProgress p : progress) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("provision", p.provision());
            item.put("status", p.status());
            item.put("answered", p.answered());
            item.put("questions", p.questions());
            item.put("findings", p.findings());
            item.put("conflicts", p.conflicts());
            item.put("parts", List.copyOf(p.parts()));
            item.put("lastReceived", p.lastReceived() == null ? null : p.lastReceived().toString());
            provisions.add(item);
        }
        report.put("provisions", provisions);
        List<Map<String, Object>> conflicts = new ArrayList<>();
        for (AnswerConflict conflict : master.conflicts()) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("field", conflict.field().toString());
            item.put("answers", conflict.answers().stream().map(StatusCommand::answer).toList());
            conflicts.add(item);
        }
        report.put("conflicts", conflicts);
        if (withHistory) {
            List<Map<String, Object>> fields = new ArrayList<>();
            master.history().forEach((field, history) -> {
                if (history.stream().anyMatch(ReturnedAnswer::given)) {
                    Map<String, Object> item = new LinkedHashMap<>();
                    item.put("field", field.toString());
                    item.put("current", master.answer(field).map(ReturnedAnswer::value).orElse(""));
                    item.put("history", history.stream().map(StatusCommand::answer).toList());
                    fields.add(item);
                }
            });
            report.put("fields", fields);
        }
        return report;
    }

    private static Map<String, Object> answer(ReturnedAnswer answer) {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("part", answer.part());
        item.put("version", answer.version());
        item.put("receivedAt", answer.receivedAt().toString());
        item.put("value", answer.value());
        return item;
    }

    @SuppressWarnings("unchecked")
    private static void print(PrintWriter out, Map<String, Object> report, boolean detailed) {
        Map<String, Long> counts = (Map<String, Long>) report.get("provisionCounts");
        List<Map<String, Object>> versions = (List<Map<String, Object>>) report.get("versions");
        List<Map<String, Object>> conflicts = (List<Map<String, Object>>) report.get("conflicts");
        out.printf("%s %s (review %s): last received %s; provisions %d answered, %d with findings, %d missing; "
                        + "%d versions; %d agency conflicts%n", report.get("state"), report.get("name"), report.get("reviewId"),
                report.get("lastReceived"), counts.get("answered"), counts.get("findings"), counts.get("missing"),
                versions.size(), conflicts.size());
        for (Map<String, Object> v : versions) {
            out.printf("  %-40s v%s  %s  %s  %s findings%s%n", v.get("part"), v.get("version"), v.get("receivedAt"),
                    LogText.of(v.get("file")), v.get("findings"),
                    v.get("held") == null ? "" : "  HELD for the secretariat: " + LogText.of(v.get("held")));
        }
        for (Map<String, Object> p : (List<Map<String, Object>>) report.get("provisions")) {
            if (!detailed && ProvisionProgress.MISSING.equals(p.get("status"))) {
                continue;
            }
            out.printf("  %-22s %-9s %s/%s answered  %s findings%s  %s%n", p.get("provision"), p.get("status"),
                    p.get("answered"), p.get("questions"), p.get("findings"),
                    ((Integer) p.get("conflicts")) > 0 ? "  " + p.get("conflicts") + " conflicts" : "",
                    String.join(", ", (List<String>) p.get("parts")));
        }
        ReviewStatus.print(out, (List<Map<String, Object>>) report.get("reviews"));
        for (Map<String, Object> conflict : conflicts) {
            out.printf("  conflict %s:%n", conflict.get("field"));
            for (Map<String, Object> a : (List<Map<String, Object>>) conflict.get("answers")) {
                out.printf("    %-38s v%s  %s%n", a.get("part"), a.get("version"), quote((String) a.get("value")));
            }
        }
        if (detailed) {
            out.println("  History of each answered field:");
            for (Map<String, Object> field : (List<Map<String, Object>>) report.get("fields")) {
                out.printf("  %s%n", field.get("field"));
                String previous = null;
                for (Map<String, Object> a : (List<Map<String, Object>>) field.get("history")) {
                    String value = (String) a.get("value");
                    out.printf("    v%-3s %-34s %s  %s%s%n", a.get("version"), a.get("part"), a.get("receivedAt"), quote(value),
                            previous != null && !previous.equals(value) ? "  (changed)" : "");
                    previous = value;
                }
            }
        }
    }

    private static String quote(String value) {
        String oneLine = value.replace("\n", " / ");
        return "\"" + (oneLine.length() > 90 ? oneLine.substring(0, 87) + "..." : oneLine) + "\"";
    }
}
