package org.irm.checklist;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.irm.catalogue.Catalogue;
import org.irm.catalogue.FieldId;
import org.irm.catalogue.I18nLabels;
import org.irm.catalogue.Language;
import org.irm.catalogue.State;
import org.irm.catalogue.StateNames;
import org.irm.config.TemplateSource;
import org.irm.folders.OutputFolder;
import org.irm.identity.ChecklistManifest;
import org.irm.identity.IdentitySeal;

/**
 * Issues checklists: builds the request for a State, writes the document into its outbox folder
 * under a name that never overwrites an earlier file, and says what it wrote.
 */
public final class ChecklistIssuer {

    private final Catalogue catalogue;
    private final ChecklistWriter writer;
    private final Clock clock;

    private final I18nLabels labels;
    private final StateNames names;

    /** @param names the States' names in each language, for the cover ({@code StateList.names()}) */
    public ChecklistIssuer(Catalogue catalogue, I18nLabels labels, StateNames names, IdentitySeal seal,
                           TemplateSource templates, Clock clock) {
        this.catalogue = catalogue;
        this.labels = labels;
        this.names = names;
        this.writer = new ChecklistWriter(catalogue, labels, seal, templates);
        this.clock = clock;
    }

    /**
     * What to issue.
     *
     * @param agency    one agency's share, or null for the whole checklist
     * @param articles  the articles of that share (empty: all)
     * @param previousAnswers answers of an earlier checklist to pre-fill, by field
     * @param previousObservations last cycle's observations per provision id
     */
    public record Order(State state, String reviewId, Language language, LocalDate deadline, String agency,
                        Set<Integer> articles, Map<FieldId, String> previousAnswers,
                        Map<String, String> previousObservations) { }

    /** What was issued and where it was written. */
    public record Issued(Path file, ChecklistManifest manifest) { }

    public Issued issue(Order order, Path folder) throws IOException {
        ChecklistRequest request = request(order);
        OutputFolder.Written<ChecklistManifest> written = new OutputFolder(folder)
                .produce(baseName(order), ".docx", out -> writer.write(request, out));
        return new Issued(written.file(), written.value());
    }

    private ChecklistRequest request(Order order) {
        return new ChecklistRequest(UUID.randomUUID(), order.reviewId(), order.state().iso3(),
                names.find(order.state().iso3(), order.language()).orElse(order.state().name()),
                order.language(), cycleLabel(order.language()), order.deadline(),
                order.agency(), order.articles(), order.previousAnswers(), order.previousObservations(),
                clock.instant().truncatedTo(ChronoUnit.SECONDS));
    }

    /** "Second review cycle (chapters II and V)"; for a cluster's questionnaire, the cycle and the cluster. */
    private String cycleLabel(Language language) {
        String cycle = labels.instrumentText(language, catalogue.instrument(), catalogue.mechanism(),
                "cycle." + catalogue.cycle());
        if (!catalogue.clustered()) {
            return cycle;
        }
        return labels.instrumentText(language, catalogue.instrument(), catalogue.mechanism(),
                "checklist.cover.cycleAndCluster", cycle, labels.instrumentText(language, catalogue.instrument(),
                        catalogue.mechanism(), "cluster." + catalogue.cluster() + ".title"));
    }

    private String baseName(Order order) {
        String name = "checklist-" + order.state().iso3() + "-" + catalogue.instrument() + catalogue.cycle() + "-"
                + (catalogue.clustered() ? "cluster" + catalogue.cluster() + "-" : "") + order.language().code();
        if (order.agency() != null) {
            name += "-" + order.agency().toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("(^-|-$)", "");
        }
        return name;
    }
}
