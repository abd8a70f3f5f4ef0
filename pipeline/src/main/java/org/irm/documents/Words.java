package org.irm.documents;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;

/**
 * How search compares text: lower case (root locale), accents removed (NFD without combining marks), runs of
 * white space made one space. A passage is stored twice, as read and normalised; the words searched for are
 * normalised alike, so "Ley", "LEY" and "ley" find each other, and "corrupcion" finds "corrupción".
 */
final class Words {

    private Words() {
    }

    /**
     * A text normalised, with, for each of its characters, the index of the character of the original it came
     * from (so a snippet can be cut from the original text around a match in the normalised one).
     */
    record Normalised(String text, int[] origin) {
    }

    static Normalised normalise(String original) {
        StringBuilder out = new StringBuilder(original.length());
        int[] origin = new int[original.length() + 1];
        int count = 0;
        boolean space = true;
        for (int i = 0; i < original.length(); ) {
            int codePoint = original.codePointAt(i);
            int width = Character.charCount(codePoint);
            if (Character.isWhitespace(codePoint) || Character.isSpaceChar(codePoint)) {
                if (!space) {
                    origin = room(origin, count + 1);
                    out.append(' ');
                    origin[count++] = i;
                    space = true;
                }
            } else {
                String folded = fold(original.substring(i, i + width));
                for (int j = 0; j < folded.length(); j++) {
                    origin = room(origin, count + 1);
                    out.append(folded.charAt(j));
                    origin[count++] = i;
                }
                space = folded.isEmpty() && space;
            }
            i += width;
        }
        int length = out.length();
        if (length > 0 && out.charAt(length - 1) == ' ') {
            out.setLength(length - 1);
            count--;
        }
        int[] trimmed = new int[count];
        System.arraycopy(origin, 0, trimmed, 0, count);
        return new Normalised(out.toString(), trimmed);
    }

    /** The normalised text only. */
    static String normalised(String original) {
        return normalise(original).text();
    }

    /** The distinct words of a query, normalised: letters and digits, anything else separates. */
    static List<String> query(String words) {
        LinkedHashSet<String> distinct = new LinkedHashSet<>();
        for (String word : normalised(words).split("[^\\p{L}\\p{N}]+")) {
            if (!word.isEmpty()) {
                distinct.add(word);
            }
        }
        return new ArrayList<>(distinct);
    }

    private static String fold(String character) {
        String lower = character.toLowerCase(Locale.ROOT);
        if (lower.length() == 1 && lower.charAt(0) < 0x80) {
            return lower;
        }
        return Normalizer.normalize(lower, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
    }

    private static int[] room(int[] array, int needed) {
        if (needed <= array.length) {
            return array;
        }
        int[] bigger = new int[Math.max(needed, array.length * 2)];
        System.arraycopy(array, 0, bigger, 0, array.length);
        return bigger;
    }
}
