package org.irm.lots;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.irm.catalogue.CatalogueException;
import org.irm.catalogue.State;
import org.irm.catalogue.StateList;

/**
 * The States list as the draw sees it: the catalogue's {@link StateList} (the one reader of States
 * lists, with its {@code <instrument>_party} and {@code legal_system} columns), each State a
 * {@link Party}. A list that is not sound is refused with every bad line named.
 */
public final class StateListRoster implements PartyRoster {

    private final List<Party> parties;

    private StateListRoster(List<Party> parties) {
        this.parties = List.copyOf(parties);
    }

    /** The draw's view of a States list already read. */
    public static StateListRoster of(StateList states) {
        return new StateListRoster(states.all().stream().map(StateListRoster::party).toList());
    }

    /** Reads the list from a file. */
    public static StateListRoster read(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, file.toString());
        }
    }

    /** Reads the list from a stream, which the caller closes; {@code location} names it in messages. */
    public static StateListRoster read(InputStream in, String location) throws IOException {
        byte[] bytes = in.readNBytes(Csv.MAX_BYTES + 1);
        if (bytes.length > Csv.MAX_BYTES) {
            throw new LotsInputException(location + " is larger than " + Csv.MAX_BYTES + " bytes");
        }
        try {
            return of(StateList.parse(location, new String(bytes, StandardCharsets.UTF_8)));
        } catch (CatalogueException e) {
            throw new LotsInputException(e.getMessage());
        }
    }

    private static Party party(State state) {
        return new Party(state.iso3(), state.name(), state.regionalGroup(), state.legalSystem(), state.instruments(),
                state.unMember(), state.entityType(), state.unknown());
    }

    @Override
    public List<Party> parties() {
        return parties;
    }
}
