package org.irm.checklist;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.irm.catalogue.Catalogue;
import org.irm.catalogue.CatalogueException;
import org.irm.catalogue.CatalogueLoader;
import org.irm.catalogue.State;
import org.irm.catalogue.StateList;

/**
 * Which questionnaires a State gets for one thematic cluster of a mechanism that reviews cluster by
 * cluster (UNTOC): the Convention's, then one for each of its Protocols the State is party to (the
 * Convention's catalogue names them, {@code protocols="tip som fa"}; the States list says who is party,
 * columns {@code untoc_party}, {@code tip_party}...). Every catalogue is loaded before anything is
 * issued, so a State never gets part of a cluster.
 *
 * @param questionnaires the catalogues to issue, the Convention's first
 * @param notParty       the Protocols of the cluster the State is not party to (nothing issued for them)
 * @param unknown        the Protocols whose column the States list leaves empty: nothing issued for them
 *                       until the secretariat knows (then one is issued alone, {@code --instrument tip})
 */
public record ClusterQuestionnaires(List<Catalogue> questionnaires, List<String> notParty, List<String> unknown) {

    /** Clusters probed when saying which ones the catalogue has (UNTOC has four). */
    static final int MAX_CLUSTER = CatalogueLoader.MAX_CLUSTERS;

    public ClusterQuestionnaires {
        questionnaires = List.copyOf(questionnaires);
        notParty = List.copyOf(notParty);
        unknown = List.copyOf(unknown);
    }

    /** A cluster that cannot be issued to this State, with a sentence saying why and what to do. */
    public static final class NotIssuable extends Exception {
        private static final long serialVersionUID = 1L;

        NotIssuable(String message) {
            super(message);
        }
    }

    /**
     * Plans the questionnaires of a cluster for a State.
     *
     * @throws NotIssuable        when the catalogue has no such cluster, or the State is not party to the Convention
     * @throws CatalogueException when a catalogue of the cluster is there but unsound
     */
    public static ClusterQuestionnaires plan(CatalogueLoader catalogues, State state, String instrument, int cycle,
                                             int cluster) throws NotIssuable, CatalogueException {
        if (!catalogues.exists(instrument, cycle, cluster)) {
            List<Integer> ready = IntStream.rangeClosed(1, MAX_CLUSTER)
                    .filter(k -> catalogues.exists(instrument, cycle, k)).boxed().toList();
            throw new NotIssuable(ready.isEmpty()
                    ? instrument + " has no questionnaires by cluster for cycle " + cycle + " in the catalogue (no "
                            + CatalogueLoader.path(instrument, cycle, 1) + "); check --instrument and --cycle."
                    : "Cluster " + cluster + " of " + instrument + " is not in the catalogue yet (no "
                            + CatalogueLoader.path(instrument, cycle, cluster) + "); clusters ready: "
                            + String.join(", ", ready.stream().map(String::valueOf).toList()) + ".");
        }
        if (state.unknown().contains(instrument)) {
            throw new NotIssuable("The States list does not say whether " + state.name() + " (" + state.iso3()
                    + ") is party to " + instrument + ": its " + instrument + "_party cell is empty; fill it in "
                    + StateList.PATH + ".");
        }
        if (!state.isPartyTo(instrument)) {
            throw new NotIssuable(state.name() + " (" + state.iso3() + ") is not a party to " + instrument
                    + " according to the States list (column " + instrument + "_party of " + StateList.PATH + ").");
        }
        Catalogue convention = catalogues.load(instrument, cycle, cluster);
        List<Catalogue> issued = new ArrayList<>(List.of(convention));
        List<String> notParty = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        for (String protocol : convention.protocols()) {
            if (state.isPartyTo(protocol)) {
                issued.add(catalogues.load(protocol, cycle, cluster));
            } else if (state.unknown().contains(protocol)) {
                unknown.add(protocol);
            } else {
                notParty.add(protocol);
            }
        }
        return new ClusterQuestionnaires(issued, notParty, unknown);
    }
}
