package org.irm.lots;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.docx4j.openpackaging.exceptions.Docx4JException;
import org.irm.catalogue.StateList;
import org.irm.config.TemplateSource;
import org.irm.folders.OutputFolder;

/**
 * The secretariat's lots desk: draws the reviewing States of a year, verifies a recorded draw,
 * redraws on request and orders the review years of a new cycle. Publishing a draw writes its record
 * (JSON), pairings workbook (.xlsx) and Word record (.docx) side by side, records the drawn reviews
 * in the {@link DrawBook} and logs the draw there; a blocked draw and a refused redraw are logged too.
 * Called by {@code irm lots}; knows nothing of the command line.
 */
public final class LotsDesk {

    /** Who draws and verifies: the log's actor for draws. */
    public static final String SECRETARIAT = "secretariat";

    private final TemplateSource templates;
    private final Optional<Path> statesList;
    private final Optional<Path> policyOverride;
    private final DrawBook book;
    private final Clock clock;

    /**
     * @param statesList     a States list to use instead of the templates' {@code states/states.csv}
     * @param policyOverride settings laid over the shipped {@code lots/<mechanism>.properties}
     * @param clock          stamps the log's events
     */
    public LotsDesk(TemplateSource templates, Optional<Path> statesList, Optional<Path> policyOverride, DrawBook book,
                    Clock clock) {
        this.templates = templates;
        this.statesList = statesList;
        this.policyOverride = policyOverride;
        this.book = book;
        this.clock = clock;
    }

    /** The given States list, else the secretariat's list in the templates. */
    public PartyRoster roster() throws IOException {
        if (statesList.isPresent()) {
            return StateListRoster.read(statesList.get());
        }
        try (TemplateSource.Template list = templates.open(StateList.PATH)) {
            return StateListRoster.read(list.stream(), list.location());
        }
    }

    /** The mechanism's shipped policy, with the override laid over it. */
    public DrawPolicy policy(String mechanism) throws IOException {
        DrawPolicy shipped = DrawPolicy.shipped(templates, mechanism);
        return policyOverride.isPresent() ? shipped.overriddenBy(policyOverride.get()) : shipped;
    }

    /**
     * Draws, publishes into {@code folder} (named {@code <draw name>.json|.xlsx|.docx}) and logs the draw.
     *
     * @throws DrawBlockedException when no draw meets the rules (logged as blocked)
     * @throws LotsInputException   when the year was already drawn (saying what was drawn): drawing
     *                              it again is {@link #drawAgain}
     */
    public DrawResult draw(String mechanism, DrawRequest request, Path folder) throws IOException, Docx4JException {
        return draw(mechanism, request, folder, false).result();
    }

    /**
     * Draws a year again, replacing its earlier draw: publishes and logs like {@link #draw}, and
     * returns (and logs) the pairings of the earlier draw that the new one withdraws. A year not
     * drawn yet is simply drawn.
     */
    public Replacement drawAgain(String mechanism, DrawRequest request, Path folder)
            throws IOException, Docx4JException {
        return draw(mechanism, request, folder, true);
    }

    /**
     * A draw that replaced the earlier draw of its year.
     *
     * @param withdrawn the pairings of the earlier draw not in the new one (State under review,
     *                  reviewing State, instrument), in the earlier draw's order
     */
    public record Replacement(DrawResult result, List<PastReview> withdrawn) {

        public Replacement {
            withdrawn = List.copyOf(withdrawn);
        }
    }

    private Replacement draw(String mechanism, DrawRequest request, Path folder, boolean replace)
            throws IOException, Docx4JException {
        DrawPolicy policy = policy(mechanism);
        DrawInputs inputs = new DrawInputs(roster(), policy, book.history(), request);
        List<PastReview> earlier = book.history().drawnIn(policy.mechanism(), request.cycle(), request.year());
        String name = DrawResult.name(policy.mechanism(), request.cycle(), request.year());
        if (!earlier.isEmpty() && !replace) {
            throw new LotsInputException(name + " was already drawn: " + describe(earlier) + ". Drawing "
                    + request.year() + " again withdraws those pairings: add --replace to do so (the pairings"
                    + " withdrawn are listed), or ask for a redraw of one State (irm lots redraw)");
        }
        DrawLog log = book.log();
        DrawResult result;
        try {
            result = new LotDrawer().draw(inputs);
        } catch (DrawBlockedException e) {
            log.append(event(DrawEvent.Kind.BLOCKED, policy.mechanism(), request, SECRETARIAT, e.getMessage(), ""));
            throw e;
        }
        Files.createDirectories(folder);
        String hash = publish(result, inputs.roster(), folder.resolve(result.name() + ".json"));
        List<PastReview> withdrawn = withdrawn(earlier, result);
        log.append(event(DrawEvent.Kind.DRAW, policy.mechanism(), request, SECRETARIAT, "Drew reviewers for "
                + request.underReview().size() + " States under review with seed " + request.seed()
                + (earlier.isEmpty() ? "" : ", replacing the earlier draw of " + request.year() + " ("
                + describe(earlier) + "); withdrawn: " + (withdrawn.isEmpty() ? "none" : pairs(withdrawn)))
                + (policy.regionalBalance() ? "; " + balance(RegionalBalance.of(result, inputs.roster())) : ""), hash));
        return new Replacement(result, withdrawn);
    }

    /** The earlier pairings the new draw does not hold again. */
    private static List<PastReview> withdrawn(List<PastReview> earlier, DrawResult result) {
        List<PastReview> gone = new ArrayList<>();
        for (PastReview r : earlier) {
            boolean kept = result.pairings().stream().anyMatch(p -> p.underReview().equals(r.underReview())
                    && p.reviewer().equals(r.reviewer()) && p.instrument().equals(r.instrument()));
            if (!kept && !gone.contains(r)) {
                gone.add(r);
            }
        }
        return gone;
    }

    /** "by regional group: African States 5 (even share 17-18), ...". */
    private static String balance(RegionalBalance balance) {
        return "by regional group: " + balance.groups().stream().map(g -> g.name() + " " + g.underReview()
                        + " (even share " + (g.low() == g.high() ? g.low() : g.low() + "-" + g.high()) + ")"
                        + (g.outside() ? " EXCEPTION" : ""))
                .collect(Collectors.joining(", "))
                + (balance.ungrouped().isEmpty() ? "" : "; in no group: " + String.join(", ", balance.ungrouped()));
    }

    /** "3 States under review (AGO, BRA, CHN), 6 pairings". */
    private static String describe(List<PastReview> drawn) {
        List<String> states = drawn.stream().map(PastReview::underReview).distinct().sorted().toList();
        return states.size() + " State(s) under review (" + String.join(", ", states) + "), " + drawn.size()
                + " pairing(s)";
    }

    /** "BRA reviewed by ARG (uncac), ...". */
    public static String pairs(List<PastReview> pairings) {
        return pairings.stream().map(r -> r.underReview() + " reviewed by " + r.reviewer() + " (" + r.instrument() + ")")
                .collect(Collectors.joining(", "));
    }

    /** Recomputes a recorded draw from today's inputs and compares. */
    public DrawVerifier.Verification verify(DrawResult recorded) throws IOException {
        DrawInputs inputs = new DrawInputs(roster(), policy(recorded.mechanism()), book.history(), recorded.request());
        return new DrawVerifier().verify(recorded, inputs);
    }

    /**
     * Redraws at a State's request, rewrites the record and its workbook and document in place, and
     * logs the redraw (or its refusal, with the requester as actor).
     *
     * @return the redraw just made
     */
    public Redraw redraw(Path record, RedrawRequest request) throws IOException, Docx4JException {
        DrawResult previous = DrawRecordJson.read(record);
        DrawPolicy policy = policy(previous.mechanism());
        PartyRoster roster = roster();
        DrawInputs inputs = new DrawInputs(roster, policy, book.history(), previous.request());
        DrawLog log = book.log();
        String u = request.underReview();
        DrawResult after;
        try {
            after = new LotDrawer().redraw(previous, inputs, request);
        } catch (LotsInputException e) {
            log.append(event(DrawEvent.Kind.REDRAW_REFUSED, policy.mechanism(), previous.request(), request.requestedBy(),
                    "Redraw for " + u + " refused: " + e.getMessage(), ""));
            throw e;
        }
        String hash = publish(after, roster, record);
        Redraw done = after.redraws().get(after.redraws().size() - 1);
        log.append(event(DrawEvent.Kind.REDRAW, policy.mechanism(), previous.request(), request.requestedBy(),
                "Redraw " + done.number() + " for " + u + " (" + request.reason() + "): "
                        + String.join(", ", done.replaced()) + " replaced by " + String.join(", ", done.drawn()), hash));
        return done;
    }

    /** The States of each year of a new cycle, in order. */
    public List<List<String>> years(String mechanism, int cycle, ReviewYears.Option option, String seed)
            throws IOException {
        return new ReviewYears().plan(roster(), policy(mechanism), book.history(), cycle, option, seed);
    }

    /** Writes record, workbook and document, and the reviews to the book; returns the record's hash. */
    private String publish(DrawResult result, PartyRoster roster, Path record) throws IOException, Docx4JException {
        String hash = DrawRecordJson.write(result, record);
        String base = record.getFileName().toString().replaceFirst("\\.json$", "");
        RecordLabels labels = RecordLabels.from(templates);
        Path folder = record.toAbsolutePath().getParent();
        new PairingsWorkbook(labels).write(result, roster, folder.resolve(base + ".xlsx"));
        new DrawRecordDocument(labels, templates).write(result, roster, record.getFileName().toString(),
                folder.resolve(base + ".docx"));
        // The record is published into the shared outbox: the group reads it (irm.output.fileMode).
        for (String extension : List.of(".json", ".xlsx", ".docx")) {
            OutputFolder.applyFileMode(folder.resolve(base + extension));
        }
        book.schedule().record(result.mechanism(), result.request().cycle(), result.request().year(),
                new ReviewScheduler().reviews(result, roster), hash);
        return hash;
    }

    private DrawEvent event(DrawEvent.Kind kind, String mechanism, DrawRequest request, String actor, String summary,
                            String hash) {
        return new DrawEvent(clock.instant(), kind, mechanism, request.cycle(), request.year(), actor, summary, hash);
    }
}
