package org.irm.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.irm.catalogue.CatalogueLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A State's page over HTTP with its whole checklist returned (about a thousand answers): the answers
 * come a few whole provisions at a time, and every answer is on exactly one page, which the page's
 * links reach; each provision of the table links to the page holding its answers.
 */
class ConsoleStatePageTest {

    @RegisterExtension
    static final ServedConsole console = new ServedConsole();

    private static final Pattern FIELD_ROW = Pattern.compile("<tr(?: id=\"p-([^\"]+)\")?><td>([^<]+)</td><td class=\"answer\">");
    private static final Pattern PAGE_LINK = Pattern.compile("href=\"\\?page=(\\d+)#answers\"");
    private static final Pattern PROVISION_LINK = Pattern.compile("href=\"\\?page=(\\d+)#p-([^\"]+)\"");

    @Test
    void everyAnswerOfAWholeChecklistIsOnExactlyOnePageAndEachProvisionLinksToItsPage() throws Exception {
        console.fixture().returnWholeChecklist("BRA", ConsoleFixture.MEASURES);
        List<Long> perProvision = CatalogueLoader.configured(console.fixture().config()).provisions()
                .map(provision -> provision.questions().stream().filter(q -> !q.readOnly()).count()).toList();
        long questions = perProvision.stream().mapToLong(Long::longValue).sum();
        long largest = perProvision.stream().mapToLong(Long::longValue).max().orElseThrow();
        ConsoleClient brazil = console.loggedIn("brazil");

        String first = brazil.get("/states/BRA").body();
        int pages = numbers(PAGE_LINK, first).stream().mapToInt(Integer::intValue).max().orElse(1);
        Map<String, Integer> fieldPages = new LinkedHashMap<>();
        Map<String, Integer> provisionAnchors = new LinkedHashMap<>();
        List<Integer> rowsPerPage = new ArrayList<>();
        for (int page = 1; page <= pages; page++) {
            String body = page == 1 ? first : brazil.get("/states/BRA?page=" + page).body();
            Matcher row = FIELD_ROW.matcher(body);
            int rows = 0;
            while (row.find()) {
                rows++;
                assertThat(fieldPages.put(row.group(2), page)).as("%s shown once", row.group(2)).isNull();
                if (row.group(1) != null) {
                    assertThat(provisionAnchors.put(row.group(1), page)).as("%s on one page", row.group(1)).isNull();
                }
            }
            rowsPerPage.add(rows);
        }

        assertThat(fieldPages).hasSize((int) questions);
        assertThat(pages).isGreaterThan(1);
        // A page closes at the end of the provision that reaches the page size.
        assertThat(rowsPerPage).allSatisfy(rows -> assertThat(rows).isBetween(1, (int) (AnswerPages.PAGE_SIZE - 1 + largest)));
        Matcher link = PROVISION_LINK.matcher(first);
        int links = 0;
        while (link.find()) {
            links++;
            assertThat(provisionAnchors.get(link.group(2))).as(link.group(2)).isEqualTo(Integer.parseInt(link.group(1)));
        }
        assertThat(links).isEqualTo(provisionAnchors.size());
    }

    private static List<Integer> numbers(Pattern pattern, String text) {
        List<Integer> numbers = new ArrayList<>();
        Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
            numbers.add(Integer.parseInt(matcher.group(1)));
        }
        return numbers;
    }
}
