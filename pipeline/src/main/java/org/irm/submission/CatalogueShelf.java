package org.irm.submission;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.irm.catalogue.Catalogue;
import org.irm.catalogue.CatalogueException;
import org.irm.catalogue.CatalogueLoader;
import org.irm.catalogue.Labels;
import org.irm.config.TemplateSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The catalogues of the templates, loaded once each when a checklist of theirs comes in. */
public final class CatalogueShelf implements DocumentInspector.Catalogues {

    private static final Logger LOG = LoggerFactory.getLogger(CatalogueShelf.class);

    private final CatalogueLoader loader;
    private final Labels labels;
    private final Map<String, Optional<Catalogue>> loaded = new ConcurrentHashMap<>();

    public CatalogueShelf(TemplateSource templates, Labels labels) {
        this.loader = new CatalogueLoader(templates);
        this.labels = labels;
    }

    @Override
    public Optional<Catalogue> find(String instrument, int cycle) {
        return find(instrument, cycle, 0);
    }

    @Override
    public Optional<Catalogue> find(String instrument, int cycle, int cluster) {
        return loaded.computeIfAbsent(instrument + "/" + cycle + "/" + cluster, key -> {
            try {
                return Optional.of(loader.load(instrument, cycle, cluster));
            } catch (CatalogueException e) {
                // A checklist from a catalogue the templates no longer hold is read but not validated.
                LOG.warn("No catalogue {} cycle {} cluster {} in the templates; answers are not validated: {}",
                        instrument, cycle, cluster, e.getMessage());
                return Optional.empty();
            }
        });
    }

    @Override
    public Labels labels() {
        return labels;
    }
}
