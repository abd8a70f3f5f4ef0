package org.irm.catalogue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

import org.irm.config.TemplateSource;

/**
 * A template read whole, with a size limit, and where it came from. Text templates are strict
 * UTF-8: a file saved in another encoding is refused with the line of the first bad byte rather
 * than read with replacement characters that would end up in a State's checklist.
 */
record TemplateFile(String location, byte[] bytes) {

    private static final char BYTE_ORDER_MARK = '\uFEFF';

    static TemplateFile read(TemplateSource templates, String relativePath, int maxBytes) throws CatalogueException {
        String location = relativePath;
        try (TemplateSource.Template template = templates.open(relativePath)) {
            location = template.location();
            byte[] bytes = readAtMost(template.stream(), maxBytes);
            if (bytes == null) {
                throw CatalogueException.of(location, 0, "file is larger than " + maxBytes / 1024
                        + " KB; a template of this kind is much smaller, check that it is the right file");
            }
            return new TemplateFile(location, bytes);
        } catch (IOException e) {
            throw CatalogueException.of(location, 0, "cannot be read: " + e.getMessage());
        }
    }

    /** The bytes, or null when there are more than {@code maxBytes}. */
    private static byte[] readAtMost(InputStream in, int maxBytes) throws IOException {
        byte[] bytes = in.readNBytes(maxBytes + 1);
        return bytes.length > maxBytes ? null : bytes;
    }

    /** The content as text, without a leading byte-order mark. */
    String text() throws CatalogueException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            throw CatalogueException.of(location, lineAt(in.position()),
                    "is not UTF-8 text; save it again with UTF-8 encoding");
        }
        decoder.flush(out);
        String text = out.flip().toString();
        return !text.isEmpty() && text.charAt(0) == BYTE_ORDER_MARK ? text.substring(1) : text;
    }

    private int lineAt(int offset) {
        int line = 1;
        for (int i = 0; i < offset; i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return line;
    }
}
