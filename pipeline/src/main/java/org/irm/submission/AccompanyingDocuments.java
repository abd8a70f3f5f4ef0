package org.irm.submission;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.irm.catalogue.DocumentDates;
import org.irm.catalogue.Language;

/**
 * The supporting documents that came with a State's return (issue 19.3: laws, regulations, scans), for the
 * return's receipt to list. The {@code documents} stage registers them and plugs its list in here
 * ({@link ReturnDesks#checklists(AccompanyingDocuments)}); the desk only words them.
 */
public interface AccompanyingDocuments {

    /**
     * One document as a receipt lists it.
     *
     * @param type    what it is, as detected from its bytes (PDF, DOCX, ODT...)
     * @param size    its size in words a reader takes in (12 KB, 3.4 MB)
     * @param pages   its page count, or "" when unknown
     * @param noText  no text could be read from it (a scan, an image, a damaged file): kept, not searchable
     * @param firstReceived when the same document was first received, for one sent again; else null
     */
    record Listed(String name, String type, String size, String pages, boolean encrypted, boolean macros,
                  boolean noText, Instant firstReceived) {

        public Listed(String name, String type, String size, String pages, boolean encrypted, boolean macros,
                      boolean noText) {
            this(name, type, size, pages, encrypted, macros, noText, null);
        }

        /**
         * The receipt template's row (keys as the fields; {@code receivedOn}: the day it was first received, as the
         * language writes dates, or "" for a document received for the first time).
         */
        public Map<String, Object> model(Language language) {
            return Map.of("name", name, "type", type, "size", size, "pages", pages, "encrypted", encrypted,
                    "macros", macros, "noText", noText, "receivedOn", firstReceived == null ? ""
                            : DocumentDates.format(firstReceived.atZone(ZoneOffset.UTC).toLocalDate(), language));
        }
    }

    /**
     * The documents that came with this return of the State (the same e-mail; for a file dropped or ingested, the
     * State's documents that came the same way and no receipt listed yet; a document received before and sent
     * again with it too, as such), recorded as listed in the receipt of the return with this sha256. Asked again for the same return (its answer written again after a crash), it
     * gives the same list.
     */
    List<Listed> listFor(Arrival arrival, String state, String returnSha256);

    /** For a desk that takes no supporting documents. */
    AccompanyingDocuments NONE = (arrival, state, returnSha256) -> List.of();
}
