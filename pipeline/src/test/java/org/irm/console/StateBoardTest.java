package org.irm.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.irm.catalogue.CatalogueLoader;
import org.irm.catalogue.FieldId;
import org.irm.catalogue.Language;
import org.irm.catalogue.StateList;
import org.irm.stages.ReviewStages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The overview and State pages follow the register: what they keep is read again once anything changed. */
class StateBoardTest {

    @TempDir
    Path home;

    @Test
    void aReturnRegisteredAfterTheOverviewWasReadShowsAtTheNextReading() throws Exception {
        ConsoleFixture fixture = new ConsoleFixture(home);
        StateBoard board = new StateBoard(fixture.register, fixture.config().templates(), CatalogueLoader.configured(fixture.config()),
                StateList.load(fixture.config().templates()), ReviewStages.list(fixture.config()), fixture.clock());
        assertThat(board.overview(List.of("KEN"), Language.EN)).singleElement()
                .satisfies(row -> assertThat(row.answered()).isEqualTo(1));
        assertThat(board.state("KEN", Language.EN).orElseThrow().versions()).hasSize(1);

        fixture.returnChecklist("KEN", FieldId.parse("uncac.10.a/measures"), "Administrative procedures are published.");

        assertThat(board.overview(List.of("KEN"), Language.EN)).singleElement()
                .satisfies(row -> assertThat(row.answered()).isEqualTo(2));
        assertThat(board.state("KEN", Language.EN).orElseThrow().versions()).hasSize(2);
        assertThat(board.overview(List.of("KEN"), Language.FR).get(0).stageLabel()).isEqualTo("Auto-évaluation");
        fixture.register.close();
    }
}
