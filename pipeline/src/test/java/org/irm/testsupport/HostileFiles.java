package org.irm.testsupport;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Hostile and odd returns, each made from a genuine sealed return (one with findings to fix, so
 * that an annotated copy is written when it is taken) and named for what is wrong with it, with
 * the outcome the desk must give it. Generated in the tests: no binary is committed. Run by one
 * parameterized test per way in ({@code irm ingest}, a running {@code irm run}).
 */
public final class HostileFiles {

    /** How a case's bytes are made from a genuine return. */
    @FunctionalInterface
    public interface Recipe {
        byte[] make(byte[] genuine) throws IOException;
    }

    /**
     * One named hostile file.
     *
     * @param fileName the name it arrives under
     * @param reason   the refusal code expected, or null when it must be registered like the genuine return
     * @param twice    sent twice: both arrivals must get the same outcome
     */
    public record Case(String name, String fileName, String reason, boolean twice, Recipe recipe) {
        @Override
        public String toString() {
            return name;
        }

        public boolean registered() {
            return reason == null;
        }
    }

    private static final int BOMB_MIB = 3_600;
    private static final String MACRO_MAIN = "application/vnd.ms-word.document.macroEnabled.main+xml";
    private static final String WORD_MAIN = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml";
    private static final String DOCTYPE = "<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>";

    private HostileFiles() {
    }

    /** Every case, in a stable order. */
    public static List<Case> all() {
        return List.of(
                refused("two word/document.xml entries", "duplicate-document.docx", "DUPLICATE_ENTRY",
                        g -> rewritten(g, (name, bytes, zip) -> {
                            zip.add(name, bytes);
                            if (name.equals("word/document.xml")) {
                                zip.add(name, bytes);
                            }
                        })),
                refused("a forged identity part first, the genuine one after it, names differing in case",
                        "forged-identity.docx", "DUPLICATE_ENTRY", g -> {
                            RawZip zip = new RawZip();
                            byte[] identity = part(g, "customXml/item1.xml");
                            zip.add("customXml/ITEM1.xml", new String(identity, StandardCharsets.UTF_8)
                                    .replace(">KEN<", ">FRA<"));
                            RawZip.entries(g).forEach(e -> zip.add(e.getKey(), e.getValue()));
                            return zip.bytes();
                        }),
                registered("Strict Open XML", "strict.docx", StrictOpenXml::rewrite),
                refused("a bomb in the document part", "bomb-document.docx", "ZIP_BOMB",
                        g -> rewritten(g, (name, bytes, zip) -> {
                            if (name.equals("word/document.xml")) {
                                zip.raw(name, RawZip.zeros(BOMB_MIB), 0, bytes.length);
                            } else {
                                zip.add(name, bytes);
                            }
                        })),
                refused("a bomb in a part nothing references", "bomb-unreferenced.docx", "ZIP_BOMB",
                        g -> rewritten(g, (name, bytes, zip) -> {
                            zip.add(name, bytes);
                            if (name.equals("word/document.xml")) {
                                zip.raw("word/media/padding.bin", RawZip.zeros(BOMB_MIB), 0, (long) BOMB_MIB << 20);
                            }
                        })),
                refused("a bomb in a part nothing references, its header lying about its size",
                        "bomb-unreferenced-lying.docx", "ZIP_BOMB",
                        g -> rewritten(g, (name, bytes, zip) -> {
                            zip.add(name, bytes);
                            if (name.equals("word/document.xml")) {
                                zip.raw("customXml/padding.xml", RawZip.zeros(BOMB_MIB), 0, 4096);
                            }
                        })),
                refused("a bomb in [Content_Types].xml", "bomb-content-types.docx", "ZIP_BOMB",
                        g -> rewritten(g, (name, bytes, zip) -> {
                            if (name.equals("[Content_Types].xml")) {
                                zip.raw(name, RawZip.zeros(BOMB_MIB), 0, bytes.length);
                            } else {
                                zip.add(name, bytes);
                            }
                        })),
                refused("a DOCTYPE in [Content_Types].xml", "doctype-content-types.docx", "EXTERNAL_ENTITIES",
                        g -> edited(g, "[Content_Types].xml", HostileFiles::withDoctype)),
                refused("a DOCTYPE in _rels/.rels", "doctype-rels.docx", "EXTERNAL_ENTITIES",
                        g -> edited(g, "_rels/.rels", HostileFiles::withDoctype)),
                refused("a DOCTYPE in the document's relationships", "doctype-document-rels.docx", "EXTERNAL_ENTITIES",
                        g -> edited(g, "word/_rels/document.xml.rels", HostileFiles::withDoctype)),
                refused("100,000 entries", "many-entries.docx", "TOO_MANY_PARTS", HostileFiles::hundredThousandEntries),
                refused("a macro-enabled document without macros", "no-macros.docm", "MACRO_ENABLED_FORMAT",
                        g -> edited(g, "[Content_Types].xml", text -> text.replace(WORD_MAIN, MACRO_MAIN))),
                refused("a macro-enabled document with macros", "macros.docm", "MACRO_ENABLED",
                        g -> rewritten(edited(g, "[Content_Types].xml", text -> text.replace(WORD_MAIN, MACRO_MAIN)),
                                (name, bytes, zip) -> {
                                    zip.add(name, bytes);
                                    if (name.equals("word/document.xml")) {
                                        zip.add("word/vbaProject.bin", "Attribute VB_Name = \"Module1\"");
                                    }
                                })),
                // The desk's own cases (issue 12): answered "already received" although the first answer
                // asked to send it again; a name that forges a second line in the log.
                new Case("0 bytes, twice", "empty.docx", "EMPTY", true, g -> new byte[0]),
                new Case("a newline in its name", "ken\nREGISTERED forged-entry.docx", null, false, g -> g));
    }

    private static Case refused(String name, String fileName, String reason, Recipe recipe) {
        return new Case(name, fileName, reason, false, recipe);
    }

    private static Case registered(String name, String fileName, Recipe recipe) {
        return new Case(name, fileName, null, false, recipe);
    }

    /** Rewrites every entry through {@code each}, which may add, drop or repeat entries. */
    private interface EntryWriter {
        void write(String name, byte[] bytes, RawZip zip) throws IOException;
    }

    private static byte[] rewritten(byte[] genuine, EntryWriter each) throws IOException {
        RawZip zip = new RawZip();
        for (Map.Entry<String, byte[]> entry : RawZip.entries(genuine)) {
            each.write(entry.getKey(), entry.getValue(), zip);
        }
        return zip.bytes();
    }

    private static byte[] edited(byte[] genuine, String part, UnaryOperator<String> change)
            throws IOException {
        return rewritten(genuine, (name, bytes, zip) -> zip.add(name, name.equals(part)
                ? change.apply(new String(bytes, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8) : bytes));
    }

    private static String withDoctype(String xml) {
        int declarationEnd = xml.startsWith("<?xml") ? xml.indexOf("?>") + 2 : 0;
        return xml.substring(0, declarationEnd) + DOCTYPE + xml.substring(declarationEnd);
    }

    private static byte[] part(byte[] zip, String name) throws IOException {
        return RawZip.entries(zip).stream().filter(e -> e.getKey().equals(name)).findFirst().orElseThrow().getValue();
    }

    /** The genuine return followed by 100,000 one-byte entries (Zip64, as ordinary tools write past 65,535). */
    private static byte[] hundredThousandEntries(byte[] genuine) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(16 << 20);
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, byte[]> entry : RawZip.entries(genuine)) {
                zip.putNextEntry(new ZipEntry(entry.getKey()));
                zip.write(entry.getValue());
                zip.closeEntry();
            }
            zip.setLevel(0);
            for (int i = 0; i < 100_000; i++) {
                zip.putNextEntry(new ZipEntry(String.format("x/%05d", i)));
                zip.write('x');
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }
}
