package org.irm.register;

/** How an answer was located in a returned file, from the most to the least direct. */
public enum FoundBy {
    /** The content control's tag ({@code irm:<field id>}): Word keeps it. */
    TAG,
    /** The bookmark around the answer: LibreOffice drops tags but keeps bookmarks. */
    BOOKMARK,
    /** The field map's position among the answer controls: the last resort. */
    FIELD_MAP,
    /**
     * No row in the register: the return carried the field's provision and left the field blank or
     * the box unticked. Blank fields are not stored (issue 20); the master checklist reads them back
     * as this so that a field cleared in a later return reads as cleared.
     */
    NOT_STORED
}
