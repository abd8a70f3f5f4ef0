package org.irm.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.irm.catalogue.Language;
import org.irm.register.NewReview;
import org.irm.register.ReviewStage;
import org.irm.register.ReviewerAssignment;

/**
 * An irm home for the UNTOC mechanism: {@code irm.instrument=untoc}, cycle 1, and a States list of its own
 * with the adherence columns ({@code untoc_party, tip_party, som_party, fa_party}): Brazil party to the
 * Convention and the Trafficking in Persons and Firearms Protocols (not the Smuggling of Migrants one),
 * Kenya and France to all four, Palau to none; Chile to the Convention and the Trafficking Protocol, the
 * other two not known (empty cells); Jamaica to the Convention and the Trafficking in Persons Protocol only
 * (test data, not the States list's); Iran's adherence not known at all.
 */
public final class UntocHome {

    static final String STATES = String.join("\n",
            "iso3,name,regional_group,uncac_party,un_member,entity_type,untoc_party,tip_party,som_party,fa_party",
            "BRA,Brazil,Latin American and Caribbean States,true,true,UN member State,true,true,false,true",
            "KEN,Kenya,African States,true,true,UN member State,true,true,true,true",
            "PLW,Palau,Asia-Pacific States,true,true,UN member State,false,false,false,false",
            "FRA,France,Western European and other States,true,true,UN member State,true,true,true,true",
            "CHL,Chile,Latin American and Caribbean States,true,true,UN member State,true,true,,",
            "JAM,Jamaica,Latin American and Caribbean States,true,true,UN member State,true,true,false,false",
            "IRN,Iran (Islamic Republic of),Asia-Pacific States,true,true,UN member State,,,,", "");

    private UntocHome() {
    }

    /** The command line in {@code home}, its templates folder holding the States list above. */
    public static IrmCommandLine in(Path home, String key) {
        try {
            Path states = Files.createDirectories(home.resolve("templates/states"));
            Files.writeString(states.resolve("states.csv"), STATES, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return IrmCommandLine.in(home, "irm.secret.key=" + key, "irm.templates=" + home.resolve("templates"),
                "irm.instrument=untoc", "irm.cycle=1");
    }

    /**
     * Brazil's review drawn with France as reviewing State (other group), its questionnaires of a cluster
     * issued (the Convention, the Trafficking and the Firearms Protocols), answered by {@code irm sample-fill}
     * with the seed and taken in by {@code irm ingest}.
     *
     * @return the exit code of the ingest (0: every return registered)
     */
    public static int brazilAnswered(IrmCommandLine irm, Path home, int cluster, String seed) {
        Registers.under(home).reviews().create(NewReview.of("BRA", "untoc", 1, Language.EN, ReviewStage.values()[0],
                List.of(ReviewerAssignment.of("FRA", "other-group", "untoc")), List.of(), null,
                Instant.parse("2027-01-05T10:00:00Z")));
        irm.run("checklist", "--state", "BRA", "--instrument", "untoc", "--cluster", Integer.toString(cluster));
        List<String> ingest = new ArrayList<>(List.of("ingest"));
        for (Path issued : docx(home.resolve("watch-folders/outbox/BRA"))) {
            Path answered = home.resolve("returned-" + issued.getFileName());
            irm.run("sample-fill", issued.toString(), "--seed", seed, "--out", answered.toString());
            ingest.add(answered.toString());
        }
        return irm.run(ingest.toArray(String[]::new));
    }

    /** The .docx files of a folder, sorted by name. */
    public static List<Path> docx(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return new ArrayList<>(files.filter(f -> f.getFileName().toString().endsWith(".docx")).sorted().toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
