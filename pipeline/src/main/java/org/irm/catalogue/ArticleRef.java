package org.irm.catalogue;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * An article as the secretariat names it in an expert's share ({@code irm review assign --articles}):
 * {@code 5}, every instrument's article 5 in the review's catalogue (UNCAC has one instrument; a UNTOC
 * review has the Convention's and each Protocol's), or {@code tip:5}, one instrument's article 5 alone.
 * Its text form ({@link #toString()}) is how the register and a review copy's seal keep it, so a
 * share written before instruments could be named ({@code 5}) still reads the same.
 *
 * @param instrument the instrument's short name ({@code untoc}, {@code tip}...), or null for every instrument's
 * @param number     the article's number, positive
 */
public record ArticleRef(String instrument, int number) implements Comparable<ArticleRef> {

    private static final Comparator<ArticleRef> ORDER = Comparator.comparingInt(ArticleRef::number)
            .thenComparing(ArticleRef::instrument, Comparator.nullsFirst(Comparator.naturalOrder()));

    public ArticleRef {
        if (number <= 0) {
            throw new IllegalArgumentException("An article number is positive, not " + number + ".");
        }
        if (instrument != null) {
            instrument = instrument.strip().toLowerCase(Locale.ROOT);
            if (!instrument.matches("[a-z][a-z0-9]*")) {
                throw new IllegalArgumentException("'" + instrument + "' is not an instrument's short name (such as tip).");
            }
        }
    }

    /** Every instrument's article of that number. */
    public static ArticleRef of(int number) {
        return new ArticleRef(null, number);
    }

    /** Every instrument's articles of these numbers, in order. */
    public static List<ArticleRef> numbers(int... numbers) {
        return Arrays.stream(numbers).mapToObj(ArticleRef::of).toList();
    }

    /**
     * Reads {@code 5} or {@code tip:5} (spaces and case ignored).
     *
     * @throws IllegalArgumentException for anything else, saying what is expected
     */
    public static ArticleRef parse(String text) {
        Objects.requireNonNull(text, "text");
        String value = text.strip();
        int colon = value.indexOf(':');
        String number = colon < 0 ? value : value.substring(colon + 1).strip();
        if (!number.matches("[0-9]{1,4}")) {
            throw new IllegalArgumentException("'" + value + "' is not an article: write its number (5), or an instrument's"
                    + " short name and its number (tip:5) for that instrument's article alone.");
        }
        return new ArticleRef(colon < 0 ? null : value.substring(0, colon), Integer.parseInt(number));
    }

    /** Whether it names this article: the same number, and the same instrument where it names one. */
    public boolean covers(Article article) {
        return article.number() == number && (instrument == null || instrument.equals(article.instrument()));
    }

    /** Whether it names this provision's article. */
    public boolean covers(Provision provision) {
        return provision.article() == number && (instrument == null || provision.id().startsWith(instrument + "."));
    }

    /** Whether the two name at least one article in common ({@code 5} and {@code tip:5} do). */
    public boolean overlaps(ArticleRef other) {
        return number == other.number && (instrument == null || other.instrument == null || instrument.equals(other.instrument));
    }

    @Override
    public int compareTo(ArticleRef other) {
        return ORDER.compare(this, other);
    }

    /** {@code 5} or {@code tip:5}: as written on the command line, in the register and in a copy's seal. */
    @Override
    public String toString() {
        return instrument == null ? Integer.toString(number) : instrument + ":" + number;
    }
}
