package org.irm.lots;

/** A rule of the draw, named in explanations when it keeps a State out of a box. */
public enum Rule {
    SELF("itself"),
    NOT_PARTY("not party to the instrument"),
    ADHERENCE_UNKNOWN("adherence not known"),
    EXCLUDED("excluded by the policy"),
    REGIONAL_GROUP("regional group"),
    DEFERRAL("deferring in its own review year"),
    CAP("the cap"),
    MUTUAL("mutual review"),
    ALREADY_REVIEWER("already a reviewer of that State"),
    REDRAWN("redrawn at the request of a State"),
    SEARCH_BOUND("the search bound");

    private final String words;

    Rule(String words) {
        this.words = words;
    }

    /** The rule in the words of an explanation ("3 by mutual review"). */
    public String words() {
        return words;
    }
}
