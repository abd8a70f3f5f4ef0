package org.irm.console;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.irm.tracking.FieldHistory;

/**
 * A State's answered fields cut into pages of whole provisions, about {@link #PAGE_SIZE} fields each:
 * the State page shows one page at a time (a whole checklist is about 1,000 answers, each with its
 * history, which made the page slow to render and to read) and links every provision to the page
 * holding its answers, so every answer stays one click away.
 *
 * @param pages             the fields of each page, in the master checklist's order
 * @param pageOfProvision   per provision with an answer, the page (from 1) holding its answers
 */
record AnswerPages(List<List<FieldHistory>> pages, Map<String, Integer> pageOfProvision) {

    /** Fields on a page before it is closed at the end of a provision. */
    static final int PAGE_SIZE = 50;

    AnswerPages {
        pages = List.copyOf(pages);
        pageOfProvision = Map.copyOf(pageOfProvision);
    }

    static AnswerPages of(List<FieldHistory> fields) {
        List<List<FieldHistory>> pages = new ArrayList<>();
        Map<String, Integer> pageOf = new LinkedHashMap<>();
        List<FieldHistory> page = new ArrayList<>();
        String provision = null;
        for (FieldHistory field : fields) {
            String next = field.field().provisionId();
            if (!next.equals(provision) && page.size() >= PAGE_SIZE) {
                pages.add(List.copyOf(page));
                page = new ArrayList<>();
            }
            provision = next;
            pageOf.putIfAbsent(next, pages.size() + 1);
            page.add(field);
        }
        if (!page.isEmpty()) {
            pages.add(List.copyOf(page));
        }
        return new AnswerPages(pages, pageOf);
    }

    int count() {
        return pages.size();
    }

    /** The page number asked for, before the State's answers are known: 1 when missing or not a number from 1. */
    static int asked(String asked) {
        try {
            int number = Integer.parseInt(asked == null ? "1" : asked.strip());
            return Math.max(number, 1);
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    /** The page asked for (from 1), the first when the number is missing or out of range. */
    int pageNumber(String asked) {
        try {
            int number = Integer.parseInt(asked == null ? "1" : asked.strip());
            return number >= 1 && number <= pages.size() ? number : 1;
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    List<FieldHistory> page(int number) {
        return pages.isEmpty() ? List.of() : pages.get(number - 1);
    }
}
