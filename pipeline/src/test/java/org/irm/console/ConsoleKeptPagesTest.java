package org.irm.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.irm.catalogue.FieldId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The overview and State pages the console keeps rendered ({@link KeptPages}) over real HTTP on
 * 127.0.0.1: what the register learns after a page was kept shows at the next request, and what a
 * user changes of its own account (its language) at its next page. Who may see a kept page is in
 * {@link ConsoleSecurityTest}.
 */
class ConsoleKeptPagesTest {

    @RegisterExtension
    static final ServedConsole console = new ServedConsole();

    @Test
    void aReturnRegisteredAfterThePagesWereKeptShowsAtTheNextRequest() throws Exception {
        ConsoleClient kenya = console.loggedIn("kenya");
        ConsoleClient secretariat = console.loggedIn("secretariat");
        String page = kenya.get("/states/KEN").body();
        String overview = kenya.get("/").body();
        String everyState = secretariat.get("/").body();
        // Asked twice: served as kept.
        assertThat(kenya.get("/states/KEN").body()).isEqualTo(page);
        assertThat(page).doesNotContain("Administrative procedures are published");

        console.fixture().returnChecklist("KEN", FieldId.parse("uncac.10.a/measures"), "Administrative procedures are published.");

        assertThat(kenya.get("/states/KEN").body()).contains("Administrative procedures are published.", "uncac.10.a/measures");
        assertThat(kenya.get("/").body()).isNotEqualTo(overview).contains("/states/KEN");
        assertThat(secretariat.get("/").body()).isNotEqualTo(everyState);
    }

    @Test
    void aLanguageChosenShowsOnTheNextPage() throws Exception {
        ConsoleClient brazil = console.loggedIn("brazil");
        assertThat(brazil.get("/").body()).contains("lang=\"en\"");
        assertThat(brazil.get("/states/BRA").body()).contains("lang=\"en\"");

        assertThat(brazil.post("/language", Map.of("lang", "fr")).statusCode()).isEqualTo(302);

        assertThat(brazil.get("/").body()).contains("lang=\"fr\"", "id=\"who\">brazil ");
        assertThat(brazil.get("/states/BRA").body()).contains("lang=\"fr\"", "own answer on procurement");
    }

    @Test
    void anAnswersPageOutOfRangeShowsTheFirst() throws Exception {
        ConsoleClient brazil = console.loggedIn("brazil");

        String asked = brazil.get("/states/BRA?page=999").body();

        assertThat(asked).contains("own answer on procurement");
        assertThat(brazil.get("/states/BRA?page=x").body()).contains("own answer on procurement");
    }
}
