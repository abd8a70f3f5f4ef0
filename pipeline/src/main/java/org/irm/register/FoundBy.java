package org.irm.register;

/** How an answer was located in a returned file, from the most to the least direct. */
public enum FoundBy {
    /** The content control's tag ({@code irm:<field id>}): Word keeps it. */
    TAG,
    /** The bookmark around the answer: LibreOffice drops tags but keeps bookmarks. */
    BOOKMARK,
    /** The field map's position among the answer controls: the last resort. */
    FIELD_MAP
}
