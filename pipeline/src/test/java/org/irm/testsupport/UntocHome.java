package org.irm.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

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

    /** The .docx files of a folder, sorted by name. */
    public static List<Path> docx(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return new ArrayList<>(files.filter(f -> f.getFileName().toString().endsWith(".docx")).sorted().toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
