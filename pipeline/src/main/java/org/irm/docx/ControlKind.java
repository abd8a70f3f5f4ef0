package org.irm.docx;

/** The kind of a content control, from the type element of its {@code w:sdtPr}. */
public enum ControlKind {
    RICH_TEXT, TEXT, DROPDOWN, COMBO_BOX, CHECKBOX, DATE, PICTURE, REPEATING_SECTION, REPEATING_ITEM,
    GROUP, DOC_PART, CITATION, BIBLIOGRAPHY, EQUATION
}
