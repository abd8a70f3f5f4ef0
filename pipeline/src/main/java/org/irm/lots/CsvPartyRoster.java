package org.irm.lots;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The States list read from CSV with the columns {@code iso3,name,regional_group,uncac_party,
 * un_member,entity_type}, in any order. Every further column named {@code <instrument>_party}
 * (such as {@code untoc_party}, {@code tip_party}) adds an instrument; an optional
 * {@code legal_system} column, which the secretariat may fill, feeds the similar-legal-system
 * preference. Party flags read {@code true}/{@code yes}/{@code 1} as party, anything else as not.
 *
 * <p>Stand-in until the catalogue's States list loader can serve the draw through
 * {@link PartyRoster}.
 */
public final class CsvPartyRoster implements PartyRoster {

    private static final String PARTY_SUFFIX = "_party";

    private final List<Party> parties;

    private CsvPartyRoster(List<Party> parties) {
        this.parties = List.copyOf(parties);
    }

    /** Reads the list from a file. */
    public static CsvPartyRoster read(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, file.toString());
        }
    }

    /** Reads the list from a stream, which the caller closes; {@code location} names it in messages. */
    public static CsvPartyRoster read(InputStream in, String location) throws IOException {
        List<List<String>> rows = Csv.read(in, location);
        if (rows.isEmpty()) {
            throw new LotsInputException(location + " is empty: a States list needs a header row");
        }
        Map<String, Integer> columns = Csv.header(rows.get(0));
        for (String required : List.of("iso3", "name", "regional_group")) {
            if (!columns.containsKey(required)) {
                throw new LotsInputException(location + " has no column '" + required + "'");
            }
        }
        List<Party> parties = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int r = 1; r < rows.size(); r++) {
            Party party = party(rows.get(r), columns);
            if (!party.iso3().matches("[A-Z]{3}")) {
                throw new LotsInputException(location + " line " + (r + 1) + ": '" + party.iso3()
                        + "' is not a three-letter code");
            }
            if (!seen.add(party.iso3())) {
                throw new LotsInputException(location + " lists " + party.iso3() + " twice");
            }
            parties.add(party);
        }
        return new CsvPartyRoster(parties);
    }

    private static Party party(List<String> row, Map<String, Integer> columns) {
        Set<String> instruments = new LinkedHashSet<>();
        columns.forEach((name, index) -> {
            if (name.endsWith(PARTY_SUFFIX) && isTrue(Csv.value(row, index))) {
                instruments.add(name.substring(0, name.length() - PARTY_SUFFIX.length()));
            }
        });
        return new Party(Csv.value(row, columns.get("iso3")).toUpperCase(Locale.ROOT),
                Csv.value(row, columns.get("name")),
                Csv.value(row, columns.get("regional_group")),
                Csv.value(row, columns.get("legal_system")),
                instruments,
                isTrue(Csv.value(row, columns.get("un_member"))),
                Csv.value(row, columns.get("entity_type")));
    }

    private static boolean isTrue(String flag) {
        String f = flag.toLowerCase(Locale.ROOT);
        return f.equals("true") || f.equals("yes") || f.equals("1");
    }

    @Override
    public List<Party> parties() {
        return parties;
    }
}
