package org.irm.catalogue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.irm.config.IrmConfig;
import org.irm.config.Setting;
import org.irm.config.TemplateSource;

/**
 * Loads a provision catalogue from the templates ({@code catalogue/<instrument>-cycle<n>.xml}).
 * A catalogue is used only when it is entirely sound: it is first validated against the bundled
 * schema, then cross-checked (unique ids, declared code lists, question sets and questions); every
 * problem found is reported at once, with file and line, in a {@link CatalogueException}.
 *
 * <p>The schema always comes from the bundle, not from the override folder: it is the contract of
 * this reader, not something the secretariat edits. Instances are safe to share between threads.
 */
public final class CatalogueLoader {

    /** Far above a real catalogue (a whole Convention is under 100 KB), low enough to refuse a wrong file quickly. */
    static final int MAX_BYTES = 2 * 1024 * 1024;

    private final TemplateSource templates;
    private volatile CatalogueSchema schema;

    public CatalogueLoader(TemplateSource templates) {
        this.templates = templates;
    }

    /** Where a catalogue lives under the templates root, such as {@code catalogue/uncac-cycle2.xml}. */
    public static String path(String instrument, int cycle) {
        return "catalogue/" + instrument + "-cycle" + cycle + ".xml";
    }

    /**
     * Where one instrument's questionnaire of a thematic cluster lives, such as
     * {@code catalogue/tip-cycle1-cluster1.xml}; a cluster of 0 or less is the whole-cycle catalogue.
     */
    public static String path(String instrument, int cycle, int cluster) {
        return cluster > 0 ? "catalogue/" + instrument + "-cycle" + cycle + "-cluster" + cluster + ".xml" : path(instrument, cycle);
    }

    /**
     * The catalogue the configuration works with: {@code irm.instrument} and {@code irm.cycle}, from its
     * templates; with {@code irm.cluster} set, that cluster's catalogue with those of the instrument's
     * protocols ({@link #cluster}), so status, review copies, merges and reports cover every questionnaire.
     */
    public static Catalogue configured(IrmConfig config) throws CatalogueException {
        CatalogueLoader loader = new CatalogueLoader(config.templates());
        String instrument = config.get(Setting.INSTRUMENT);
        int cycle = config.getInt(Setting.CYCLE);
        String cluster = config.get(Setting.CLUSTER).trim();
        if (cluster.isEmpty()) {
            return loader.review(instrument, cycle);
        }
        try {
            return loader.cluster(instrument, cycle, Integer.parseInt(cluster));
        } catch (NumberFormatException e) {
            throw CatalogueException.of(Setting.CLUSTER.key(), 0, "is '" + cluster + "'; write a cluster number (1 to 4) or leave it empty");
        }
    }

    /** Clusters looked for when a review's catalogue gathers them (UNTOC has four). */
    public static final int MAX_CLUSTERS = 9;

    /**
     * A convention's catalogue of one cluster combined with its protocols' catalogues of that cluster
     * ({@link Catalogue#combined}); a protocol whose catalogue is missing is refused, not skipped.
     */
    public Catalogue cluster(String instrument, int cycle, int cluster) throws CatalogueException {
        return Catalogue.combined(clusterParts(instrument, cycle, cluster));
    }

    private List<Catalogue> clusterParts(String instrument, int cycle, int cluster) throws CatalogueException {
        Catalogue convention = load(instrument, cycle, cluster);
        List<Catalogue> parts = new ArrayList<>(List.of(convention));
        for (String protocol : convention.protocols()) {
            parts.add(load(protocol, cycle, cluster));
        }
        return parts;
    }

    /**
     * Everything a review of the instrument and cycle asks: its whole-cycle catalogue, or for an
     * instrument reviewed by cluster (no whole-cycle file, cluster files instead) every cluster the
     * templates hold with its protocols, instrument by instrument: the convention's clusters in
     * order, then each protocol's as the convention lists them ({@code untoc} I-IV, {@code tip} I-IV,
     * {@code som}, {@code fa}), so that status, copies and reports give the instruments in that order.
     * What the register's reviews are read against (completeness, the console) when no single
     * cluster is named.
     */
    public Catalogue review(String instrument, int cycle) throws CatalogueException {
        if (exists(instrument, cycle, 0)) {
            return load(instrument, cycle);
        }
        List<Catalogue> parts = new ArrayList<>();
        for (int cluster = 1; cluster <= MAX_CLUSTERS; cluster++) {
            if (exists(instrument, cycle, cluster)) {
                parts.addAll(clusterParts(instrument, cycle, cluster));
            }
        }
        if (parts.isEmpty()) {
            return load(instrument, cycle); // refused with the whole-cycle file's name, as before
        }
        List<String> instruments = new ArrayList<>(List.of(instrument));
        instruments.addAll(parts.get(0).protocols());
        // A stable sort: within an instrument the clusters keep their order.
        parts.sort(Comparator.comparingInt(part -> instruments.contains(part.instrument())
                ? instruments.indexOf(part.instrument()) : instruments.size()));
        return Catalogue.combined(parts);
    }

    /** One instrument's catalogue of a cluster (a cluster of 0: the whole cycle's); refused when the file declares another. */
    public Catalogue load(String instrument, int cycle, int cluster) throws CatalogueException {
        if (cluster <= 0) {
            return load(instrument, cycle);
        }
        String path = path(instrument, cycle, cluster);
        Catalogue catalogue = load(path);
        if (!catalogue.instrument().equals(instrument) || catalogue.cycle() != cycle || catalogue.cluster() != cluster) {
            throw CatalogueException.of(path, 0, "declares instrument '" + catalogue.instrument() + "' cycle "
                    + catalogue.cycle() + " cluster " + catalogue.cluster() + ", not '" + instrument + "' cycle " + cycle
                    + " cluster " + cluster);
        }
        return catalogue;
    }

    /** Whether the templates hold the catalogue of this instrument, cycle and cluster (it may still be unsound). */
    public boolean exists(String instrument, int cycle, int cluster) {
        return templates.exists(path(instrument, cycle, cluster));
    }

    /** The catalogue of one instrument and cycle; refused when the file declares another one. */
    public Catalogue load(String instrument, int cycle) throws CatalogueException {
        String path = path(instrument, cycle);
        Catalogue catalogue = load(path);
        if (!catalogue.instrument().equals(instrument) || catalogue.cycle() != cycle) {
            throw CatalogueException.of(path, 0, "declares instrument '" + catalogue.instrument() + "' cycle "
                    + catalogue.cycle() + ", not '" + instrument + "' cycle " + cycle);
        }
        return catalogue;
    }

    /** The catalogue at a path relative to the templates root. */
    public Catalogue load(String relativePath) throws CatalogueException {
        TemplateFile file = TemplateFile.read(templates, relativePath, MAX_BYTES);
        List<CatalogueProblem> invalid = schema().validate(file);
        if (!invalid.isEmpty()) {
            throw new CatalogueException(invalid);
        }
        CatalogueDraft draft = CatalogueReader.read(file);
        List<CatalogueProblem> problems = new ArrayList<>(CatalogueChecks.check(draft));
        if (!problems.isEmpty()) {
            throw new CatalogueException(problems);
        }
        return draft.toCatalogue();
    }

    private CatalogueSchema schema() throws CatalogueException {
        CatalogueSchema compiled = schema;
        if (compiled == null) {
            compiled = CatalogueSchema.compile(TemplateFile.read(TemplateSource.bundled(), CatalogueSchema.PATH, MAX_BYTES));
            schema = compiled;
        }
        return compiled;
    }
}
