package org.irm.lots;

import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import org.irm.config.Sha256;

/**
 * SHA-256 digests (hex) of a draw's inputs, over a canonical text of what the draw reads rather
 * than over file bytes, so re-saving a CSV with other quoting or line ends does not change them:
 * <ul>
 *   <li>States: one line per entity, sorted by code:
 *       {@code iso3|name|group|legal system|instruments sorted, comma-separated|un member|entity type},
 *       followed by {@code |unknown:<instruments sorted>} where the list leaves adherence unknown;</li>
 *   <li>policy: {@code key=value} lines, sorted by key;</li>
 *   <li>history: the reviews of the mechanism drawn before the draw's year (all the draw looks
 *       at), one line each, sorted: {@code cycle|year|under review|reviewer|instrument}.</li>
 * </ul>
 */
public record InputDigests(String states, String policy, String history) {

    static InputDigests of(DrawInputs inputs) {
        String states = inputs.roster().parties().stream()
                .sorted(Comparator.comparing(Party::iso3))
                .map(p -> String.join("|", p.iso3(), p.name(), p.regionalGroup(), p.legalSystem(),
                        p.instruments().stream().sorted().collect(Collectors.joining(",")),
                        Boolean.toString(p.unMember()), p.entityType())
                        // Unknown adherence is an input too; absent, the line stays as before it existed.
                        + (p.unknown().isEmpty() ? "" : "|unknown:" + p.unknown().stream().sorted()
                        .collect(Collectors.joining(","))))
                .collect(Collectors.joining("\n"));
        String policy = inputs.policy().settings().entrySet().stream()
                .map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining("\n"));
        String history = relevantHistory(inputs).stream()
                .map(r -> r.cycle() + "|" + r.year() + "|" + r.underReview() + "|" + r.reviewer() + "|" + r.instrument())
                .sorted()
                .collect(Collectors.joining("\n"));
        return new InputDigests(sha256(states), sha256(policy), sha256(history));
    }

    /** The past reviews a draw looks at: its mechanism's, from years before its own. */
    static List<PastReview> relevantHistory(DrawInputs inputs) {
        return inputs.history().reviews(inputs.policy().mechanism()).stream()
                .filter(r -> r.mechanism().equals(inputs.policy().mechanism()))
                .filter(r -> r.year() < inputs.request().year())
                .collect(Collectors.toList());
    }

    static String sha256(String text) {
        return sha256(text.getBytes(StandardCharsets.UTF_8));
    }

    static String sha256(byte[] bytes) {
        return Sha256.hex(bytes);
    }
}
