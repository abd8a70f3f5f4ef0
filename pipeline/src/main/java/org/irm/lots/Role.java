package org.irm.lots;

/** The box a reviewing State was drawn from. */
public enum Role {
    /** The box of the State under review's own regional group. */
    SAME_GROUP("same regional group"),
    /** The global box: every eligible party, whatever its group (UNCAC). */
    GLOBAL("global box"),
    /** The box of the parties of every other regional group (UNTOC). */
    OTHER_GROUP("another regional group");

    private final String words;

    Role(String words) {
        this.words = words;
    }

    /** How a document names the box. */
    public String words() {
        return words;
    }
}
