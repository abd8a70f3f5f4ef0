package org.irm.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.irm.catalogue.Catalogue;
import org.irm.catalogue.CatalogueLoader;
import org.irm.catalogue.FieldId;
import org.irm.catalogue.I18nLabels;
import org.irm.catalogue.Language;
import org.irm.catalogue.State;
import org.irm.catalogue.StateList;
import org.irm.demo.ChecklistFiller;
import org.irm.checklist.ChecklistIssuer;
import org.irm.identity.ChecklistManifest;
import org.irm.identity.IdentitySeal;
import org.irm.demo.SampleAnswers;
import org.irm.config.IrmConfig;
import org.irm.config.SecretKeys;
import org.irm.submission.ChecklistFiles;

/**
 * Writes N filled checklists for the pipeline benchmark, as States would return them: one issued
 * checklist per State (the parties in the States list, in order), filled with a seed per file, so
 * every file is a distinct return (distinct sha256) even when N exceeds the number of States.
 * Files already in the folder are kept, so the cache is built once and reused across runs.
 *
 * <p>Usage: {@code FilledChecklists FOLDER N}; sealed with the key of the environment
 * ({@code IRM_SECRET_KEY}), which the pipeline under test must share.
 */
public final class FilledChecklists {

    private FilledChecklists() {
    }

    public static void main(String[] args) throws Exception {
        Path folder = Path.of(args[0]);
        int count = Integer.parseInt(args[1]);
        IrmConfig config = IrmConfig.defaults();
        Catalogue catalogue = CatalogueLoader.configured(config);
        IdentitySeal seal = new IdentitySeal(SecretKeys.sealingKey(config));
        StateList states = StateList.load(config.templates());
        ChecklistIssuer issuer = new ChecklistIssuer(catalogue, I18nLabels.load(config.templates()), states.names(), seal,
                config.templates(), Clock.systemUTC());
        List<State> parties = states.parties();
        Path issued = folder.resolve("issued");
        Files.createDirectories(issued);
        ChecklistFiller filler = new ChecklistFiller();
        int written = 0;
        for (int i = 0; i < count; i++) {
            State state = parties.get(i % parties.size());
            Path target = folder.resolve(String.format("%04d-%s.docx", i, state.iso3()));
            if (Files.isRegularFile(target)) {
                continue;
            }
            Path checklist = checklist(issuer, catalogue, state, issued);
            ChecklistManifest manifest = new ChecklistFiles(seal).manifest(checklist);
            Map<FieldId, String> answers = new SampleAnswers(1000 + i, manifest.identity().language()).answer(manifest.fields());
            filler.fill(checklist, answers, target);
            written++;
        }
        System.err.printf("filled checklists: %d in %s (%d written now)%n", count, folder, written);
    }

    /** The State's issued checklist, issued once into the cache. */
    private static Path checklist(ChecklistIssuer issuer, Catalogue catalogue, State state, Path issued) throws IOException {
        Path stateFolder = issued.resolve(state.iso3());
        if (Files.isDirectory(stateFolder)) {
            try (var files = Files.list(stateFolder)) {
                var existing = files.filter(f -> f.toString().endsWith(".docx")).findFirst();
                if (existing.isPresent()) {
                    return existing.get();
                }
            }
        }
        ChecklistIssuer.Order order = new ChecklistIssuer.Order(state,
                catalogue.instrument() + "-" + catalogue.cycle() + "-" + state.iso3(), Language.EN,
                LocalDate.of(2027, 3, 31), null, Set.of(), Map.of(), Map.of());
        return issuer.issue(order, stateFolder).file();
    }
}
