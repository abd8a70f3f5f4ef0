package org.irm.checklist;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
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
import org.irm.config.TemplateSource;
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

    public ChecklistIssuer(Catalogue catalogue, I18nLabels labels, IdentitySeal seal, TemplateSource templates, Clock clock) {
        this.catalogue = catalogue;
        this.labels = labels;
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
        Files.createDirectories(folder);
        Path file = freeName(folder, baseName(order));
        ChecklistRequest request = request(order);
        try (OutputStream out = Files.newOutputStream(file, StandardOpenOption.CREATE_NEW)) {
            return new Issued(file, writer.write(request, out));
        }
    }

    private ChecklistRequest request(Order order) {
        return new ChecklistRequest(UUID.randomUUID(), order.reviewId(), order.state().iso3(), order.state().name(),
                order.language(), labels.text(order.language(), "cycle." + catalogue.cycle()), order.deadline(),
                order.agency(), order.articles(), order.previousAnswers(), order.previousObservations(),
                clock.instant().truncatedTo(ChronoUnit.SECONDS));
    }

    private String baseName(Order order) {
        String name = "checklist-" + order.state().iso3() + "-" + catalogue.instrument() + catalogue.cycle() + "-"
                + order.language().code();
        if (order.agency() != null) {
            name += "-" + order.agency().toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("(^-|-$)", "");
        }
        return name;
    }

    /** The first name of the form base.docx, base-2.docx, ... that does not exist yet: issued files are never overwritten. */
    public static Path freeName(Path folder, String base) {
        Path candidate = folder.resolve(base + ".docx");
        for (int n = 2; Files.exists(candidate); n++) {
            candidate = folder.resolve(base + "-" + n + ".docx");
        }
        return candidate;
    }
}
