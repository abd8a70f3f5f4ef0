package org.irm.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.irm.catalogue.Catalogue;
import org.irm.catalogue.CatalogueException;
import org.irm.catalogue.CatalogueLoader;
import org.irm.catalogue.StateList;
import org.irm.config.IrmConfig;
import org.irm.register.AnswerConflict;
import org.irm.register.ContributorTally;
import org.irm.register.Contributors;
import org.irm.register.Register;
import org.irm.register.ReturnedAnswer;
import org.irm.register.ReturnedVersion;
import org.irm.review.ReviewAssignments;
import org.irm.review.ReviewDesk;
import org.irm.submission.LogText;
import org.irm.tracking.AwaitedChecklist;
import org.irm.tracking.ChecklistProgress;
import org.irm.tracking.ChecklistTracker;
import org.irm.tracking.FieldHistory;
import org.irm.tracking.ProvisionProgress;
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
            "(every part and version merged), per provision in the Convention's order answered (every required field",
            "answered, no finding open) / findings / missing, the required fields without an answer, the last return",
            "received, the versions of each part and the fields two agencies answered differently, where each",
            "reviewer and expert stands, and the contributors the State invited (by kind: invited, returned);",
            "then the States that were issued a checklist and have returned none of it yet, with their deadline.",
            "With --state, also the history of each answered field, version by version."
        })
public final class StatusCommand implements Callable<Integer> {

    @Option(names = "--state", paramLabel = "ISO3", converter = Iso3Code.class,
            description = "Only this State, with each field's history.")
    String state;

    @Mixin
    JsonOption output;

    @Mixin
    ConfigOptions configOptions;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws CatalogueException, JsonProcessingException {
        IrmConfig config = configOptions.config();
        Catalogue catalogue = CatalogueLoader.configured(config);
        StateList states = StateList.load(config.templates());
        try (Register register = Register.open(config)) {
            ChecklistTracker tracker = new ChecklistTracker(register, catalogue, states);
            PrintWriter out = spec.commandLine().getOut();
            List<ChecklistProgress> shown = state != null ? tracker.ofState(state).map(List::of).orElse(List.of()) : tracker.all();
            List<AwaitedChecklist> awaiting = tracker.awaiting().stream()
                    .filter(a -> state == null || a.state().equals(state)).toList();
            boolean detailed = state != null;
            Map<String, List<ReviewAssignments.Progress>> reviewers = reviewers(config, register, shown);
            List<ContributorTally> contributors = shown.isEmpty() ? List.of() : new Contributors(register).tally();
            if (output.json()) {
                Map<String, Object> report = new LinkedHashMap<>();
                report.put("states", shown.stream().map(progress -> {
                    Map<String, Object> item = json(progress, detailed);
                    item.put("reviewers", ReviewStatus.reviewersJson(reviewers.getOrDefault(progress.state(), List.of())));
                    item.put("contributors", contributorsJson(contributorsOf(contributors, progress)));
                    return item;
                }).toList());
                report.put("awaiting", awaiting.stream().map(StatusCommand::json).toList());
                out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(report));
                return 0;
            }
            if (shown.isEmpty()) {
                out.println(state != null ? "No accepted return from " + state + " yet." : "No accepted return yet.");
            }
            shown.forEach(progress -> {
                print(out, progress, detailed);
                ReviewStatus.printReviewers(out, reviewers.getOrDefault(progress.state(), List.of()));
                printContributors(out, contributorsOf(contributors, progress));
            });
            if (!awaiting.isEmpty()) {
                out.println("Sent a checklist, nothing returned yet:");
                for (AwaitedChecklist a : awaiting) {
                    out.printf("  %s %s (review %s): %d checklist%s issued, the last on %s; %s%n", a.state(), a.name(),
                            a.reviewId(), a.checklistsIssued(), a.checklistsIssued() == 1 ? "" : "s",
                            LocalDate.ofInstant(a.lastIssuedAt(), ZoneOffset.UTC),
                            a.deadline() == null ? "no deadline in the register" : "due " + a.deadline());
                }
            }
            return 0;
        }
    }

    /** Per State shown, where each drawn reviewer and expert of its review stands (none for a review not drawn). */
    private static Map<String, List<ReviewAssignments.Progress>> reviewers(IrmConfig config, Register register,
                                                                          List<ChecklistProgress> shown)
            throws CatalogueException {
        Map<String, List<ReviewAssignments.Progress>> lines = new LinkedHashMap<>();
        if (shown.isEmpty()) {
            return lines;
        }
        ReviewAssignments assignments = new ReviewAssignments(register, ReviewDesk.from(config, config.clock()),
                config.clock());
        for (ChecklistProgress progress : shown) {
            assignments.find(progress.reviewId()).ifPresent(review -> lines.put(progress.state(),
                    assignments.progress(review)));
        }
        return lines;
    }

    /** The State's contributors invited for the review its status is of, by kind. */
    private static List<ContributorTally> contributorsOf(List<ContributorTally> all, ChecklistProgress progress) {
        return all.stream().filter(t -> t.state().equals(progress.state()) && t.reviewId().equals(progress.reviewId()))
                .toList();
    }

    /** JSON rows {@code kind, invited, returned, withdrawn}. */
    static List<Map<String, Object>> contributorsJson(List<ContributorTally> tally) {
        return tally.stream().map(t -> {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("kind", t.kind());
            row.put("invited", t.invited());
            row.put("returned", t.returned());
            row.put("withdrawn", t.withdrawn());
            return row;
        }).toList();
    }

    /** "  contributors: civil-society 2 invited, 1 returned; academia 1 invited, 0 returned", when the State invited any. */
    static void printContributors(PrintWriter out, List<ContributorTally> tally) {
        if (tally.isEmpty()) {
            return;
        }
        out.printf("  contributors: %s%n", String.join("; ", tally.stream().map(t -> t.kind() + " " + t.invited()
                + " invited, " + t.returned() + " returned" + (t.withdrawn() == 0 ? "" : ", " + t.withdrawn()
                + " withdrawn")).toList()));
    }

    /** A State issued a checklist and nothing returned yet, for {@code awaiting}. */
    private static Map<String, Object> json(AwaitedChecklist awaited) {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("state", awaited.state());
        item.put("name", awaited.name());
        item.put("reviewId", awaited.reviewId());
        item.put("checklistsIssued", awaited.checklistsIssued());
        item.put("lastIssued", awaited.lastIssuedAt().toString());
        item.put("deadline", awaited.deadline() == null ? null : awaited.deadline().toString());
        return item;
    }

    /** The JSON of one State, keys as the README gives them. */
    private static Map<String, Object> json(ChecklistProgress progress, boolean withHistory) {
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("state", progress.state());
        report.put("name", progress.name());
        report.put("reviewId", progress.reviewId());
        report.put("lastReceived", progress.lastReceived().toString());
        report.put("provisionCounts", progress.provisionCounts());
        report.put("missingFields", progress.missingFields());
        List<Map<String, Object>> versions = new ArrayList<>();
        for (ReturnedVersion version : progress.versions()) {
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
        for (ProvisionProgress p : progress.provisions()) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("provision", p.provision());
            item.put("status", p.status());
            item.put("answered", p.answered());
            item.put("questions", p.questions());
            item.put("findings", p.findings());
            item.put("conflicts", p.conflicts());
            item.put("parts", List.copyOf(p.parts()));
            item.put("lastReceived", p.lastReceived() == null ? null : p.lastReceived().toString());
            item.put("missingFields", p.missingFields());
            provisions.add(item);
        }
        report.put("provisions", provisions);
        List<Map<String, Object>> conflicts = new ArrayList<>();
        for (AnswerConflict conflict : progress.conflicts()) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("field", conflict.field().toString());
            item.put("answers", conflict.answers().stream().map(StatusCommand::answer).toList());
            conflicts.add(item);
        }
        report.put("conflicts", conflicts);
        if (withHistory) {
            List<Map<String, Object>> fields = new ArrayList<>();
            for (FieldHistory field : progress.fields()) {
                Map<String, Object> item = new LinkedHashMap<>();
                item.put("field", field.field().toString());
                item.put("current", field.current());
                item.put("history", field.history().stream().map(StatusCommand::answer).toList());
                fields.add(item);
            }
            report.put("fields", fields);
        }
        report.put("reviews", ReviewStatus.json(progress.reviews()));
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

    private static void print(PrintWriter out, ChecklistProgress progress, boolean detailed) {
        Map<String, Long> counts = progress.provisionCounts();
        out.printf("%s %s (review %s): last received %s; provisions %d answered, %d with findings, %d missing; "
                        + "%d required fields without an answer; %d versions; %d agency conflicts%n", progress.state(),
                progress.name(), progress.reviewId(), progress.lastReceived(), counts.get(ProvisionProgress.ANSWERED),
                counts.get(ProvisionProgress.FINDINGS), counts.get(ProvisionProgress.MISSING), progress.missingFields(),
                progress.versions().size(), progress.conflicts().size());
        for (ReturnedVersion v : progress.versions()) {
            out.printf("  %-40s v%s  %s  %s  %s findings%s%n", v.part(), v.version(), v.receivedAt(),
                    LogText.of(v.originalName()), v.findings().size(),
                    v.held() == null ? "" : "  HELD for the secretariat: " + LogText.of(v.held()));
        }
        for (ProvisionProgress p : progress.provisions()) {
            if (!detailed && ProvisionProgress.MISSING.equals(p.status())) {
                continue;
            }
            out.printf("  %-22s %-9s %s/%s answered  %s findings%s%s  %s%n", p.provision(), p.status(),
                    p.answered(), p.questions(), p.findings(),
                    p.missingFields() > 0 ? "  " + p.missingFields() + " required unanswered" : "",
                    p.conflicts() > 0 ? "  " + p.conflicts() + " conflicts" : "", String.join(", ", p.parts()));
        }
        ReviewStatus.print(out, progress.reviews());
        for (AnswerConflict conflict : progress.conflicts()) {
            out.printf("  conflict %s:%n", conflict.field());
            for (ReturnedAnswer a : conflict.answers()) {
                out.printf("    %-38s v%s  %s%n", a.part(), a.version(), quote(a.value()));
            }
        }
        if (detailed) {
            out.println("  History of each answered field:");
            for (FieldHistory field : progress.fields()) {
                out.printf("  %s%n", field.field());
                String previous = null;
                for (ReturnedAnswer a : field.history()) {
                    String value = a.value();
                    out.printf("    v%-3s %-34s %s  %s%s%n", a.version(), a.part(), a.receivedAt(), quote(value),
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
