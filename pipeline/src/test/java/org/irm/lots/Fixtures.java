package org.irm.lots;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.irm.catalogue.StateList;
import org.irm.config.TemplateSource;

/** Inputs shared by the draw's tests: the real States list (as the project ships it) and the shipped policies. */
final class Fixtures {

    private Fixtures() {
    }

    /** The States list the project ships (templates/states/states.csv, a copy of ../shared/data/states.csv). */
    static Path statesFile() {
        return Path.of(System.getProperty("irm.templates", "../templates")).resolve(StateList.PATH);
    }

    static StateListRoster realStates() throws IOException {
        return StateListRoster.read(statesFile());
    }

    /**
     * 30 States in three groups party to the UNTOC Convention (but one) and to its Protocols in
     * three different patterns, so that many first reviewers are not party to a Protocol.
     */
    static PartyRoster untocStates() throws IOException {
        List<String> groups = List.of("African States", "Asia-Pacific States", "Latin American and Caribbean States");
        StringBuilder csv = new StringBuilder("iso3,name,regional_group,untoc_party,tip_party,som_party,fa_party,"
                + "un_member,entity_type\n");
        for (int i = 0; i < 30; i++) {
            String code = "S" + (char) ('A' + i / 26) + (char) ('A' + i % 26);
            csv.append(code).append(",State ").append(i).append(',').append(groups.get(i % 3)).append(',')
                    .append(i != 29).append(',').append(i % 5 != 0).append(',').append(i % 2 == 0).append(',')
                    .append(i % 3 != 1 && i % 7 != 0).append(",true,UN member State\n");
        }
        return StateListRoster.read(new ByteArrayInputStream(csv.toString().getBytes(
                StandardCharsets.UTF_8)), "untoc");
    }

    static TemplateSource templates() {
        return TemplateSource.withOverrides(Path.of(System.getProperty("irm.templates", "../templates")));
    }

    static DrawPolicy uncac() throws IOException {
        return DrawPolicy.shipped(templates(), "uncac");
    }

    static DrawPolicy untoc() throws IOException {
        return DrawPolicy.shipped(templates(), "untoc");
    }

    static DrawPolicy with(DrawPolicy policy, String... keyValues) {
        Map<String, String> settings = new TreeMap<>(policy.settings());
        for (int i = 0; i < keyValues.length; i += 2) {
            settings.put(keyValues[i], keyValues[i + 1]);
        }
        return DrawPolicy.of(settings);
    }

    static DrawRequest request(int year, String seed, List<String> underReview, Set<String> deferring) {
        return new DrawRequest(2, year, seed, underReview, deferring, LocalDate.of(year, 6, 1));
    }

    /** A history in memory that grows as draws are recorded, as the register's will. */
    static class MemoryHistory implements ReviewHistory {
        final List<PastReview> reviews = new ArrayList<>();

        @Override
        public List<PastReview> reviews(String mechanism) {
            return reviews;
        }

        @Override
        public Map<String, LocalDate> executiveSummaries(String mechanism, int cycle) {
            return Map.of();
        }

        void add(DrawResult result) {
            for (Pairing p : result.pairings()) {
                reviews.add(new PastReview(result.mechanism(), result.request().cycle(), result.request().year(),
                        p.underReview(), p.reviewer(), p.instrument()));
            }
        }
    }
}
