package org.irm.review;

import org.irm.catalogue.Language;
import org.irm.catalogue.StateList;
import org.irm.identity.ChecklistIdentity;

/**
 * How a reviewer is named in what the secretariat reads, in the document's language: "Kenya (KEN)"
 * ("肯尼亚 (KEN)" in Chinese) for a reviewing State, "Secretariat" for the secretariat, followed by
 * the author the file names: "Kenya (KEN) — J. Doe". Tracked changes and comments of the merged
 * review carry this as author.
 */
public final class Reviewers {

    private final StateList states;
    private final Language language;
    private final String secretariat;
    private final String editedAs;

    /** @param secretariat how the secretariat is called in the language */
    public Reviewers(StateList states, Language language, String secretariat) {
        this(states, language, secretariat, "edited as");
    }

    /** @param editedAs how "edited as" is said in the language, before a file's author who is not the expert */
    public Reviewers(StateList states, Language language, String secretariat, String editedAs) {
        this.states = states;
        this.language = language;
        this.secretariat = secretariat;
        this.editedAs = editedAs;
    }

    /** The reviewer alone: "Kenya (KEN)" or "Secretariat". */
    public String name(String reviewer) {
        if (ChecklistIdentity.SECRETARIAT.equals(reviewer)) {
            return secretariat;
        }
        return states.find(reviewer).map(s -> states.name(s.iso3(), language) + " (" + s.iso3() + ")").orElse(reviewer);
    }

    /**
     * One expert of a reviewing State, by the name the secretariat registered: "France (FRA) — Marie
     * Curie". The file's own author is added only when it names someone else ("... — Marie Curie
     * (edited as: mcurie)"), so an expert's every change carries the expert's name whatever their
     * Word is set to.
     */
    public String expert(String reviewer, String expertName, String fileAuthor) {
        String named = author(reviewer, expertName);
        if (fileAuthor == null || fileAuthor.isBlank() || fileAuthor.strip().equalsIgnoreCase(expertName.strip())) {
            return named;
        }
        return named + " (" + editedAs + ": " + fileAuthor.strip() + ")";
    }

    /** The reviewer and the author the file names, when it names one. */
    public String author(String reviewer, String author) {
        String name = name(reviewer);
        return author == null || author.isBlank() ? name : name + " \u2014 " + author.strip();
    }
}
