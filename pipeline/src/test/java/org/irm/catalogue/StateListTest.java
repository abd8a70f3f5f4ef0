package org.irm.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.irm.config.TemplateSource;
import org.irm.testsupport.SharedFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StateListTest {

    private static final String HEADER = "iso3,name,regional_group,uncac_party,un_member,entity_type\n";

    @TempDir
    Path overrides;

    @Test
    void bundledListHasEveryEntityAndPartyOfTheReference() throws IOException, CatalogueException {
        List<String> reference = Files.readAllLines(SharedFiles.data("states.csv")).subList(1, 199);

        StateList states = StateList.load(TemplateSource.bundled());

        assertThat(states.size()).isEqualTo(198).isEqualTo(reference.size());
        assertThat(states.parties()).hasSize(191).hasSize((int) reference.stream().filter(r -> r.split(",")[3].equals("true")).count());
    }

    @Test
    void bundledListCarriesTheAdherenceColumnsOfTheOrganizedCrimeConventionWithUnknownsMarked() throws CatalogueException {
        StateList states = StateList.load(TemplateSource.bundled());

        assertThat(states.find("BRA")).hasValueSatisfying(s -> {
            assertThat(s.instruments()).contains("uncac", "untoc", "tip", "som", "fa");
            assertThat(s.unknown()).isEmpty();
        });
        // Uganda's Trafficking and Smuggling Protocols could not be established (templates/states/SOURCES-protocols.md).
        assertThat(states.find("UGA")).hasValueSatisfying(s -> {
            assertThat(s.instruments()).contains("untoc", "fa").doesNotContain("tip", "som");
            assertThat(s.unknown()).containsExactlyInAnyOrder("tip", "som");
        });
        // 179, 145 and 120 States, and the European Union, party to all three (UNTC 2014 tables: approvals of 2006, 2014).
        assertThat(states.all()).filteredOn(s -> s.instruments().contains("tip")).hasSize(180);
        assertThat(states.all()).filteredOn(s -> s.instruments().contains("som")).hasSize(146);
        assertThat(states.all()).filteredOn(s -> s.instruments().contains("fa")).hasSize(121);
        assertThat(states.find("EUU")).hasValueSatisfying(s -> {
            assertThat(s.instruments()).contains("untoc", "tip", "som", "fa");
            assertThat(s.unknown()).isEmpty();
        });
        // Not party to the Trafficking Protocol as of November 2021 (UK's statement at its UPR): known, not empty.
        assertThat(states.find("PNG")).hasValueSatisfying(s -> {
            assertThat(s.instruments()).doesNotContain("tip");
            assertThat(s.unknown()).doesNotContain("tip");
        });
        // Not party to the Trafficking Protocol as of March 2020 (US 2020 TIP Report recommends accession): known, not empty.
        assertThat(states.find("MHL")).hasValueSatisfying(s -> {
            assertThat(s.instruments()).doesNotContain("tip");
            assertThat(s.unknown()).doesNotContain("tip").contains("som", "fa");
        });
        // Not party to the Firearms Protocol (dated source of January 2024): known, not empty.
        assertThat(states.find("USA")).hasValueSatisfying(s -> {
            assertThat(s.instruments()).contains("untoc", "tip", "som").doesNotContain("fa");
            assertThat(s.unknown()).isEmpty();
        });
        assertThat(states.all()).filteredOn(s -> s.unknown().contains("tip")).hasSize(14);
        assertThat(states.all()).filteredOn(s -> s.unknown().contains("som")).hasSize(50);
        assertThat(states.all()).filteredOn(s -> s.unknown().contains("fa")).hasSize(66);
        assertThat(states.all()).filteredOn(s -> s.instruments().contains("untoc")).hasSize(191);
        assertThat(states.all()).filteredOn(s -> s.unknown().contains("untoc")).extracting(State::iso3)
                .containsExactly("IRN");
        assertThat(states.find("SSD")).hasValueSatisfying(s -> assertThat(s.instruments()).doesNotContain("untoc"));
    }

    @Test
    void adherenceColumnsReadTrueFalseOrEmptyForUnknownAfterAHeaderComment() throws CatalogueException {
        String csv = "# source: a treaty collection, retrieved 2026-12-06\n# a comment, with \"quotes\n"
                + "iso3,name,regional_group,uncac_party,un_member,entity_type,untoc_party,tip_party\n"
                + "FRA,France,Western European and other States,true,true,UN member State,true,\n"
                + "XKX,Test,,false,false,other,false,unknown\n";

        StateList states = StateList.parse("states.csv", csv);

        assertThat(states.find("FRA")).hasValueSatisfying(s -> {
            assertThat(s.instruments()).containsExactlyInAnyOrder("uncac", "untoc");
            assertThat(s.unknown()).containsExactly("tip");
        });
        assertThat(states.find("XKX")).hasValueSatisfying(s -> assertThat(s.unknown()).containsExactly("tip"));
    }

    @Test
    void aMalformedAdherenceValueIsReportedWithItsLineAndColumn() {
        String csv = "# comment\niso3,name,regional_group,uncac_party,un_member,entity_type,tip_party\n"
                + "FRA,France,Western European and other States,true,true,UN member State,ratified\n"
                + "ITA,Italy,Western European and other States,,true,UN member State,true\n";

        CatalogueException e = catchThrowableOfType(CatalogueException.class, () -> StateList.parse("states.csv", csv));

        assertThat(e.getMessage())
                .contains("states.csv:3: tip_party is 'ratified'; write true or false (or leave it empty where it is not known)")
                .contains("states.csv:4: uncac_party is ''; write true or false");
    }

    @Test
    void statesAreFoundByCodeInAnyCase() throws CatalogueException {
        StateList states = StateList.load(TemplateSource.bundled());

        assertThat(states.find("fra")).hasValueSatisfying(s -> {
            assertThat(s.name()).isEqualTo("France");
            assertThat(s.regionalGroup()).isEqualTo("Western European and other States");
            assertThat(s.party()).isTrue();
        });
        assertThat(states.find(" Euu ")).hasValueSatisfying(s -> assertThat(s.unMember()).isFalse());
        assertThat(states.find("XXX")).isEmpty();
    }

    @Test
    void spreadsheetQuirksAreRead() throws CatalogueException {
        String csv = HEADER.replace("\n", "\r\n")
                + "\r\n"
                + "COD,\"Congo, Democratic Republic of the\",African States,true,true,UN member State\r\n"
                + ",,,,,\r\n"
                + "XKX,\"The \"\"Test\"\" State\",,FALSE,no,\"non-member\nState\"\r\n";

        StateList states = StateList.parse("states.csv", csv);

        assertThat(states.all()).extracting(State::name).containsExactly("Congo, Democratic Republic of the", "The \"Test\" State");
        assertThat(states.find("xkx")).hasValueSatisfying(s -> {
            assertThat(s.party()).isFalse();
            assertThat(s.entityType()).isEqualTo("non-member\nState");
            assertThat(s.regionalGroup()).isEmpty();
        });
    }

    @Test
    void byteOrderMarkAndSemicolonsFromExcelAreAccepted() throws IOException, CatalogueException {
        writeOverride("\uFEFF" + HEADER.replace(',', ';') + "FRA;France;Western European and other States;true;true;UN member State\n");

        assertThat(StateList.load(TemplateSource.withOverrides(overrides)).find("FRA")).isPresent();
    }

    @Test
    void badRowsAreReportedWithTheirLines() {
        String csv = HEADER
                + "FRA,France,Western European and other States,true,true,UN member State\n"
                + "\n"
                + "DEUX,Germany,Western European and other States,true,true,UN member State\n"
                + "ITA,Italy,Western European and other States,maybe,true,UN member State\n"
                + "ESP,Spain,Western European and other States,true\n"
                + "fra,France again,Western European and other States,true,true,UN member State\n";

        CatalogueException e = catchThrowableOfType(CatalogueException.class, () -> StateList.parse("states.csv", csv));

        assertThat(e.problems()).extracting(CatalogueProblem::line).containsExactly(4, 5, 6, 7);
        assertThat(e.getMessage())
                .contains("states.csv:4: 'DEUX' is not a three-letter ISO code")
                .contains("states.csv:5: uncac_party is 'maybe'")
                .contains("states.csv:6: has 4 field(s), 6 expected")
                .contains("states.csv:7: FRA is listed twice (first on line 2)");
    }

    @Test
    void linesAreCountedAcrossLineBreaksInsideQuotes() {
        String csv = HEADER + "FRA,\"France\n(the Republic)\",Western European and other States,true,true,UN member State\n"
                + "ITA,Italy,Western European and other States,maybe,true,UN member State\n";

        CatalogueException e = catchThrowableOfType(CatalogueException.class, () -> StateList.parse("states.csv", csv));

        assertThat(e.problems()).extracting(CatalogueProblem::line).containsExactly(4);
    }

    @Test
    void unclosedQuoteIsReportedWhereItOpens() {
        String csv = HEADER + "FRA,\"France,Western European and other States,true,true,UN member State\n";

        CatalogueException e = catchThrowableOfType(CatalogueException.class, () -> StateList.parse("states.csv", csv));

        assertThat(e.getMessage()).startsWith("states.csv:2: a quoted field is not closed");
    }

    @Test
    void missingColumnsAreNamed() {
        CatalogueException e = catchThrowableOfType(CatalogueException.class,
                () -> StateList.parse("states.csv", "iso3,name\nFRA,France\n"));

        assertThat(e.getMessage()).contains("states.csv:1:").contains("regional_group").contains("entity_type");
    }

    @Test
    void overrideFolderWinsOverTheBundledList() throws IOException, CatalogueException {
        writeOverride(HEADER + "FRA,France,Western European and other States,true,true,UN member State\n");

        StateList states = StateList.load(TemplateSource.withOverrides(overrides));

        assertThat(states.all()).extracting(State::iso3).containsExactly("FRA");
    }

    private void writeOverride(String csv) throws IOException {
        Path file = overrides.resolve(StateList.PATH);
        Files.createDirectories(file.getParent());
        Files.writeString(file, csv, StandardCharsets.UTF_8);
    }
}
