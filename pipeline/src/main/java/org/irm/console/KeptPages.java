package org.irm.console;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Objects;
import org.irm.catalogue.Language;

/**
 * The overview and the State pages as rendered, kept until the register changes for the States they
 * show: rendering a page was most of the console's work per request (a State's page is fifty answers
 * with their history), and fifty sessions asked the same pages again and again.
 *
 * <p>A page is kept under a {@link Key} holding everything its content may depend on: the page, the
 * language, the viewer's role and State (the header shows them; the policy decides by them) and the
 * States shown, as {@link AccessPolicy} chose them for the viewer. A page is rendered from its key
 * alone (never from the viewer asking), so two viewers get the same page only when they may see the
 * same things. What differs between sessions with the same key, the login and the CSRF token, is
 * rendered as a random mark and filled in for each request.
 *
 * <p>Each page is kept with the {@link StateBoard#stamp} of its States when its data was read; it is
 * served only while the stamp is the same, so a return registered after a page was kept shows at the
 * next request. At most {@link #MAX_BYTES} are kept, the least recently used going first.
 */
final class KeptPages {

    /** The bytes kept at most: some 1,500 State pages of fifty answers (about 40 KB each in UTF-8). */
    static final long MAX_BYTES = 64L * 1024 * 1024;

    private static final SecureRandom RANDOM = new SecureRandom();

    /**
     * What a kept page shows, but the login and CSRF token.
     *
     * @param viewerState the viewer's State (a focal point's, an expert's), null for the secretariat
     * @param shown       the States the page shows, as the policy allowed them to the viewer, in order
     * @param answersPage the page of answers asked (a State page), 0 for none
     */
    record Key(String page, Language language, Role role, String viewerState, List<String> shown, int answersPage) {
        Key {
            Objects.requireNonNull(page, "page");
            Objects.requireNonNull(language, "language");
            Objects.requireNonNull(role, "role");
            shown = List.copyOf(shown);
        }

        static Key of(String page, Viewer viewer, List<String> shown, int answersPage) {
            return new Key(page, viewer.language(), viewer.role(), viewer.state(), shown, answersPage);
        }
    }

    /** A page cut at its marks: parts[0], value of slots[0], parts[1], ...; slots are 0 for the login, 1 for the token. */
    private record Kept(long stamp, byte[][] parts, byte[] slots, int bytes) {
    }

    private final String loginMark;
    private final String csrfMark;
    private final long maxBytes;

    // Guarded by this.
    private long bytes;
    private final LinkedHashMap<Key, Kept> kept = new LinkedHashMap<>(64, 0.75f, true);

    KeptPages() {
        this(MAX_BYTES);
    }

    KeptPages(long maxBytes) {
        this.maxBytes = maxBytes;
        // Random per server: no State's text can hold them by chance or by design.
        this.loginMark = "irmlogin" + mark();
        this.csrfMark = "irmcsrf" + mark();
    }

    private static String mark() {
        byte[] random = new byte[16];
        RANDOM.nextBytes(random);
        return HexFormat.of().formatHex(random);
    }

    /** Rendered in place of the viewer's login. */
    String loginMark() {
        return loginMark;
    }

    /** Rendered in place of the session's CSRF token. */
    String csrfMark() {
        return csrfMark;
    }

    /** The kept page of this key at this stamp with the login and token filled in; null when none is kept. */
    byte[] find(Key key, long stamp, String login, String csrf) {
        Kept page;
        synchronized (this) {
            page = kept.get(key);
        }
        return page == null || page.stamp() != stamp ? null : fill(page, login, csrf);
    }

    /**
     * Keeps a page rendered from the key's data read at (or after) this stamp, with the marks in place of
     * login and token; returns it filled in for this request.
     */
    byte[] keep(Key key, long stamp, String rendered, String login, String csrf) {
        Kept page = cut(stamp, rendered);
        synchronized (this) {
            Kept before = kept.get(key);
            // A page read at an older stamp (a slower request) never replaces a newer one.
            if (before == null || before.stamp() <= stamp) {
                if (before != null) {
                    bytes -= before.bytes();
                }
                kept.put(key, page);
                bytes += page.bytes();
                var eldest = kept.entrySet().iterator();
                while (bytes > maxBytes && eldest.hasNext()) {
                    bytes -= eldest.next().getValue().bytes();
                    eldest.remove();
                }
            }
        }
        return fill(page, login, csrf);
    }

    /** The pages kept now (tests). */
    synchronized int size() {
        return kept.size();
    }

    private Kept cut(long stamp, String rendered) {
        List<byte[]> parts = new ArrayList<>();
        List<Byte> slots = new ArrayList<>();
        int from = 0;
        int size = 0;
        while (true) {
            int login = rendered.indexOf(loginMark, from);
            int csrf = rendered.indexOf(csrfMark, from);
            int at = login < 0 ? csrf : csrf < 0 ? login : Math.min(login, csrf);
            if (at < 0) {
                break;
            }
            byte[] part = rendered.substring(from, at).getBytes(StandardCharsets.UTF_8);
            parts.add(part);
            size += part.length;
            slots.add((byte) (at == login ? 0 : 1));
            from = at + (at == login ? loginMark.length() : csrfMark.length());
        }
        byte[] last = rendered.substring(from).getBytes(StandardCharsets.UTF_8);
        parts.add(last);
        size += last.length;
        byte[] slotArray = new byte[slots.size()];
        for (int i = 0; i < slotArray.length; i++) {
            slotArray[i] = slots.get(i);
        }
        return new Kept(stamp, parts.toArray(byte[][]::new), slotArray, size);
    }

    private static byte[] fill(Kept page, String login, String csrf) {
        byte[][] values = {escaped(login), escaped(csrf)};
        int length = page.bytes();
        for (byte slot : page.slots()) {
            length += values[slot].length;
        }
        byte[] out = new byte[length];
        int at = 0;
        for (int i = 0; i < page.parts().length; i++) {
            byte[] part = page.parts()[i];
            System.arraycopy(part, 0, out, at, part.length);
            at += part.length;
            if (i < page.slots().length) {
                byte[] value = values[page.slots()[i]];
                System.arraycopy(value, 0, out, at, value.length);
                at += value.length;
            }
        }
        return out;
    }

    /** As the templates escape text (HTML), in UTF-8. */
    private static byte[] escaped(String text) {
        StringBuilder out = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }
}
