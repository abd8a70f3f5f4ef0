package org.irm.bench;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.sax.BodyContentHandler;

/**
 * The one-shot Tika peer: what {@code tika-app --text FILE} does (tika-app is not served here),
 * Tika's AutoDetectParser over the parser modules the pipeline ships, text to standard output.
 * Usage: {@code TikaText FILE}.
 */
public final class TikaText {

    private TikaText() {
    }

    public static void main(String[] args) throws Exception {
        BodyContentHandler text = new BodyContentHandler(-1);
        try (TikaInputStream in = TikaInputStream.get(Path.of(args[0]))) {
            new AutoDetectParser().parse(in, text, new Metadata(), new ParseContext());
        }
        PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8));
        out.print(text);
        out.flush();
    }
}
