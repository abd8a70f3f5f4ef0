package org.irm.docx;

/** One entry of a drop-down or combo box: what Word shows, and the value it stands for. */
public record ListItem(String displayText, String value) {
}
