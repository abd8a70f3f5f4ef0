package org.irm.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.irm.catalogue.CatalogueLoader;
import org.irm.catalogue.FieldId;
import org.irm.catalogue.Language;
import org.irm.catalogue.StateList;
import org.irm.register.Event;
import org.irm.stages.ReviewStages;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The overview and State pages follow the register: what they keep is read again once the register
 * changed for that State, and only then (not for the console's own logins and downloads).
 */
class StateBoardTest {

    @TempDir
    Path home;

    private ConsoleFixture fixture;
    private StateBoard board;

    @BeforeEach
    void setUp() throws Exception {
        fixture = new ConsoleFixture(home);
        board = new StateBoard(fixture.register, fixture.config().templates(), CatalogueLoader.configured(fixture.config()),
                StateList.load(fixture.config().templates()), ReviewStages.list(fixture.config()), fixture.clock());
    }

    @AfterEach
    void tearDown() {
        fixture.register.close();
    }

    @Test
    void aReturnRegisteredAfterTheOverviewWasReadShowsAtTheNextReading() {
        assertThat(board.overview(List.of("KEN"), Language.EN)).singleElement()
                .satisfies(row -> assertThat(row.answered()).isEqualTo(1));
        assertThat(board.state("KEN", Language.EN).orElseThrow().versions()).hasSize(1);

        fixture.returnChecklist("KEN", FieldId.parse("uncac.10.a/measures"), "Administrative procedures are published.");

        assertThat(board.overview(List.of("KEN"), Language.EN)).singleElement()
                .satisfies(row -> assertThat(row.answered()).isEqualTo(2));
        assertThat(board.state("KEN", Language.EN).orElseThrow().versions()).hasSize(2);
        assertThat(board.overview(List.of("KEN"), Language.FR).get(0).stageLabel()).isEqualTo("Auto-évaluation");
    }

    @Test
    void loginsAndDownloadsLeaveWhatTheBoardKeptAsItWas() {
        List<OverviewRow> before = board.overview(List.of("KEN", "BRA"), Language.EN);
        StatePage kenya = board.state("KEN", Language.EN).orElseThrow();

        fixture.users.logIn("kenya", ConsoleFixture.PASSWORD.toCharArray(), "127.0.0.1");
        fixture.register.appendEvent(Event.of(ConsoleFixture.NOW, "kenya", "console.download", "uncac-2-KEN",
                fixture.kenyaDraft, "report-KEN-en.docx"));

        // The very rows and answers read before: nothing was read again.
        assertThat(board.overview(List.of("KEN", "BRA"), Language.EN)).zipSatisfy(before, (after, was) -> assertThat(after).isSameAs(was));
        assertThat(board.state("KEN", Language.EN).orElseThrow().fields()).isSameAs(kenya.fields());
    }

    @Test
    void aReturnOfOneStateReadsThatStateAgainAndKeepsTheOthers() {
        StatePage kenya = board.state("KEN", Language.EN).orElseThrow();
        StatePage brazil = board.state("BRA", Language.EN).orElseThrow();

        fixture.returnChecklist("KEN", FieldId.parse("uncac.10.a/measures"), "Administrative procedures are published.");

        assertThat(board.state("KEN", Language.EN).orElseThrow().fields()).isNotSameAs(kenya.fields()).hasSize(2);
        assertThat(board.state("BRA", Language.EN).orElseThrow().fields()).isSameAs(brazil.fields());
    }

    @Test
    void theSelfAssessmentIsOverdueUntilEveryProvisionIsBackFindingsOpenOrNot() throws Exception {
        // Both past the self-assessment's date (2027-03-31). Kenya's whole checklist came back without findings but
        // answering one field; Brazil's answers every provision, one finding open.
        fixture.returnWholeChecklist("BRA", ConsoleFixture.MEASURES);

        List<OverviewRow> rows = board.overview(List.of("KEN", "BRA"), Language.EN);

        assertThat(rows.get(0).missing()).isPositive();
        assertThat(rows.get(0).overdue()).contains(Overdue.SELF_ASSESSMENT);
        assertThat(rows.get(1).missing()).isZero();
        assertThat(rows.get(1).findings()).isPositive();
        assertThat(rows.get(1).overdue()).doesNotContain(Overdue.SELF_ASSESSMENT);
    }
}
