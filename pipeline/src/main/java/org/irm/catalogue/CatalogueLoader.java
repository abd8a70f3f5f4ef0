package org.irm.catalogue;

import java.util.ArrayList;
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

    /** The catalogue the configuration works with: {@code irm.instrument} and {@code irm.cycle}, from its templates. */
    public static Catalogue configured(IrmConfig config) throws CatalogueException {
        return new CatalogueLoader(config.templates()).load(config.get(Setting.INSTRUMENT), config.getInt(Setting.CYCLE));
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
