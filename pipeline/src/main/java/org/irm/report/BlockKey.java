package org.irm.report;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Names one block of a report across drafts, languages and regenerations:
 * {@code <provision id>/<kind>[/<item>]}, such as {@code uncac.9.1.a/observations},
 * {@code uncac.9.1.a/recommendation/2} or {@code uncac.9.1.a/taNeed/legal-advice}. Every draft
 * tags the block's content control with {@link #TAG_PREFIX} and this key.
 *
 * @param item the good practice's or recommendation's number within its provision, the TA
 *             need's category; null for the one measures and observations block of a provision
 */
public record BlockKey(String provisionId, BlockKind kind, String item) {

    /** Prefix of a report block's content-control tag, so the block is never taken for a checklist field. */
    public static final String TAG_PREFIX = "irm-report:";

    private static final Pattern PROVISION = Pattern.compile("[a-z][a-z0-9-]*(\\.[a-z0-9-]+)+");
    private static final Pattern ITEM = Pattern.compile("[A-Za-z0-9][A-Za-z0-9-]*");

    public BlockKey {
        if (!PROVISION.matcher(provisionId).matches()) {
            throw new IllegalArgumentException("Not a provision id: '" + provisionId + "'");
        }
        Objects.requireNonNull(kind, "kind");
        if (item != null && !ITEM.matcher(item).matches()) {
            throw new IllegalArgumentException("Not a block item: '" + item + "'");
        }
    }

    /**
     * The order blocks are shown in: by provision, kind, then item, numbered items by their number
     * (recommendation 2 before recommendation 10), other items (TA categories) by their text.
     */
    public static final Comparator<BlockKey> SHOWN_ORDER = Comparator.comparing(BlockKey::provisionId)
            .thenComparing(key -> key.kind().code())
            .thenComparing(BlockKey::item, Comparator.nullsFirst(BlockKey::compareItems));

    private static int compareItems(String a, String b) {
        boolean numbers = a.chars().allMatch(Character::isDigit) && b.chars().allMatch(Character::isDigit);
        if (numbers) {
            String x = a.replaceFirst("^0+(?=.)", "");
            String y = b.replaceFirst("^0+(?=.)", "");
            return x.length() != y.length() ? Integer.compare(x.length(), y.length()) : x.compareTo(y);
        }
        return a.compareTo(b);
    }

    public static BlockKey of(String provisionId, BlockKind kind) {
        return new BlockKey(provisionId, kind, null);
    }

    /** Prefix of a report block's bookmark (bookmark names allow letters, digits and {@code _}, at most 40). */
    public static final String BOOKMARK_PREFIX = "irmr_";

    /**
     * The bookmark around the block's content control: LibreOffice drops every content-control tag
     * but keeps bookmarks, and the draft's block map links the bookmark back to the block. A short
     * code derived from the key alone, so it is the same in every draft and language.
     */
    public String bookmark() {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(tag().getBytes(StandardCharsets.UTF_8));
            return BOOKMARK_PREFIX + HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", impossible);
        }
    }

    /** The content control's tag. */
    public String tag() {
        return TAG_PREFIX + this;
    }

    /** Parses a key, or a tag with its prefix; empty for anything else (a tag of another tool). */
    public static Optional<BlockKey> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String key = text.startsWith(TAG_PREFIX) ? text.substring(TAG_PREFIX.length()) : text;
        String[] parts = key.split("/", -1);
        if (parts.length < 2 || parts.length > 3) {
            return Optional.empty();
        }
        try {
            return Optional.of(new BlockKey(parts[0], BlockKind.ofCode(parts[1]), parts.length == 3 ? parts[2] : null));
        } catch (IllegalArgumentException notOurs) {
            return Optional.empty();
        }
    }

    @Override
    public String toString() {
        return provisionId + "/" + kind.code() + (item == null ? "" : "/" + item);
    }
}
