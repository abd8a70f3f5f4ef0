package org.irm.catalogue;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Provisions and fields in the order the Convention numbers them: article, paragraph and
 * subparagraph compared as numbers and letters ({@code uncac.5.1} before {@code uncac.9.1.a} before
 * {@code uncac.10}), never as text, which puts article 10 before article 5. A word segment
 * ({@code uncac.general}, the cover's questions) comes before the numbered ones. Where a catalogue
 * is given, its own order comes first: a UNTOC review lists the Convention, then its Protocols
 * ({@code untoc}, {@code tip}, {@code som}, {@code fa}, as its chapters run), not their ids as text.
 */
public final class ConventionOrder {

    private static final Pattern RUNS = Pattern.compile("\\d+|\\D+");

    private ConventionOrder() {
    }

    /** Provision ids ({@code uncac.9.1.a}) in the Convention's order. */
    public static Comparator<String> provisions() {
        return ConventionOrder::compareSegments;
    }

    /**
     * Provision ids in the catalogue's order: its chapters as they run (a UNTOC review: each cluster's
     * Convention, then its Protocols), each instrument's cover block ({@code tip.general}) before its
     * first provision. Ids the catalogue does not hold come after, by the rank of their instrument in
     * it (an instrument it does not name last), then in the Convention's order.
     */
    public static Comparator<String> provisions(Catalogue catalogue) {
        Map<String, Integer> position = new HashMap<>();
        Map<String, Integer> instrumentRank = new HashMap<>();
        position.put(catalogue.general().id(), 0);
        catalogue.provisions().forEach(provision -> {
            String instrument = instrumentOf(provision.id());
            instrumentRank.putIfAbsent(instrument, instrumentRank.size());
            position.putIfAbsent(instrument + ".general", position.size());
            position.putIfAbsent(provision.id(), position.size());
        });
        Comparator<String> known = Comparator.comparing(id -> position.getOrDefault(id, Integer.MAX_VALUE));
        return known.thenComparing(id -> instrumentRank.getOrDefault(instrumentOf(id), Integer.MAX_VALUE))
                .thenComparing(provisions());
    }

    private static String instrumentOf(String provisionId) {
        int dot = provisionId.indexOf('.');
        return dot < 0 ? provisionId : provisionId.substring(0, dot);
    }

    /**
     * Field ids in the catalogue's order of their provisions ({@link #provisions(Catalogue)}), then in
     * the order the catalogue asks a provision's questions, then by option ({@code #need-2} before
     * {@code #need-10}).
     */
    public static Comparator<FieldId> fields(Catalogue catalogue) {
        Map<String, Integer> questionOrder = new HashMap<>();
        List<Provision> provisions = new ArrayList<>(List.of(catalogue.general()));
        catalogue.provisions().forEach(provisions::add);
        for (Provision provision : provisions) {
            for (int i = 0; i < provision.questions().size(); i++) {
                questionOrder.putIfAbsent(provision.id() + "/" + provision.questions().get(i).id(), i);
            }
        }
        return Comparator.comparing(FieldId::provisionId, provisions(catalogue))
                .thenComparing(field -> questionOrder.getOrDefault(field.provisionId() + "/" + field.question(),
                        Integer.MAX_VALUE))
                .thenComparing(FieldId::question)
                .thenComparing(field -> field.option() == null ? "" : field.option(), ConventionOrder::compareNatural);
    }

    private static int compareSegments(String a, String b) {
        String[] left = a.split("\\.");
        String[] right = b.split("\\.");
        for (int i = 0; i < Math.min(left.length, right.length); i++) {
            int compared = compareNatural(left[i], right[i]);
            if (compared != 0) {
                return compared;
            }
        }
        return Integer.compare(left.length, right.length);
    }

    /** Words before numbers; within a segment, runs of digits compared as numbers ({@code need-2} before {@code need-10}). */
    private static int compareNatural(String a, String b) {
        boolean aNumber = !a.isEmpty() && Character.isDigit(a.charAt(0));
        boolean bNumber = !b.isEmpty() && Character.isDigit(b.charAt(0));
        if (aNumber != bNumber && !a.isEmpty() && !b.isEmpty()) {
            return aNumber ? 1 : -1;
        }
        Matcher left = RUNS.matcher(a);
        Matcher right = RUNS.matcher(b);
        while (left.find() && right.find()) {
            String x = left.group();
            String y = right.group();
            int compared = Character.isDigit(x.charAt(0)) && Character.isDigit(y.charAt(0))
                    ? new BigInteger(x).compareTo(new BigInteger(y)) : x.compareTo(y);
            if (compared != 0) {
                return compared;
            }
        }
        return Integer.compare(a.length(), b.length());
    }
}
