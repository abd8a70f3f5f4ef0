package org.irm.bench;

import org.irm.analysis.ManyNeedsDataSet;
import org.irm.catalogue.Catalogue;
import org.irm.catalogue.CatalogueLoader;
import org.irm.catalogue.StateList;
import org.irm.config.IrmConfig;
import org.irm.config.TemplateSource;
import org.irm.register.Register;

/**
 * Fills the register of the home that {@code IRM_HOME} names with issue 15's scale (STATES completed
 * second-cycle reviews, NEEDS coded needs each), so that bench/analysis can time {@code ./irm analysis
 * ta-needs} as a user runs it, cold, on that register.
 *
 * <p>Usage: {@code java -cp <bench jars> org.irm.bench.ManyNeedsHome STATES NEEDS}
 */
public final class ManyNeedsHome {

    private ManyNeedsHome() {
    }

    public static void main(String[] args) throws Exception {
        int states = Integer.parseInt(args[0]);
        int needsEach = Integer.parseInt(args[1]);
        TemplateSource templates = TemplateSource.bundled();
        Catalogue catalogue = new CatalogueLoader(templates).load("uncac", 2);
        IrmConfig config = IrmConfig.defaults();
        try (Register register = Register.open(config)) {
            int needs = new ManyNeedsDataSet(StateList.load(templates), catalogue, 15L).fill(register, states, needsEach);
            System.out.printf("%d needs of %d States in the register of %s%n", needs, states,
                    config.home());
        }
    }
}
