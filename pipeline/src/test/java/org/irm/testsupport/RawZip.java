package org.irm.testsupport;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Writes a zip the way a careless or hostile tool may: the same entry name twice, sizes in the
 * headers that say anything, compressed data made elsewhere. {@link java.util.zip.ZipOutputStream}
 * refuses all of these, which is why tests need this. No Zip64: fewer than 65,535 entries, each
 * declared below 4 GB.
 */
public final class RawZip {

    private static final int DEFLATED = 8;

    private record Written(String name, long offset, long crc, long compressed, long declaredSize) { }

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final List<Written> central = new ArrayList<>();

    /** An entry deflated from its bytes, with true sizes and CRC. */
    public RawZip add(String name, byte[] bytes) {
        Deflater deflater = new Deflater(Deflater.DEFAULT_COMPRESSION, true);
        deflater.setInput(bytes);
        deflater.finish();
        ByteArrayOutputStream compressed = new ByteArrayOutputStream();
        byte[] buffer = new byte[64 * 1024];
        while (!deflater.finished()) {
            compressed.write(buffer, 0, deflater.deflate(buffer));
        }
        deflater.end();
        CRC32 crc = new CRC32();
        crc.update(bytes);
        return raw(name, compressed.toByteArray(), crc.getValue(), bytes.length);
    }

    public RawZip add(String name, String text) {
        return add(name, text.getBytes(StandardCharsets.UTF_8));
    }

    /** An entry of already deflated data, declared to inflate to {@code declaredSize} bytes (true or not). */
    public RawZip raw(String name, byte[] deflated, long crc, long declaredSize) {
        byte[] nameBytes = name.getBytes(StandardCharsets.UTF_8);
        long offset = out.size();
        ByteBuffer header = little(30 + nameBytes.length);
        header.putInt(0x04034b50).putShort((short) 20).putShort((short) 0x0800).putShort((short) DEFLATED)
                .putShort((short) 0).putShort((short) 0x21).putInt((int) crc).putInt((int) deflated.length)
                .putInt((int) declaredSize).putShort((short) nameBytes.length).putShort((short) 0).put(nameBytes);
        out.writeBytes(header.array());
        out.writeBytes(deflated);
        central.add(new Written(name, offset, crc, deflated.length, declaredSize));
        return this;
    }

    /** The whole zip: entries, central directory, end record. */
    public byte[] bytes() {
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        zip.writeBytes(out.toByteArray());
        long start = zip.size();
        for (Written entry : central) {
            byte[] nameBytes = entry.name().getBytes(StandardCharsets.UTF_8);
            ByteBuffer header = little(46 + nameBytes.length);
            header.putInt(0x02014b50).putShort((short) 20).putShort((short) 20).putShort((short) 0x0800)
                    .putShort((short) DEFLATED).putShort((short) 0).putShort((short) 0x21).putInt((int) entry.crc())
                    .putInt((int) entry.compressed()).putInt((int) entry.declaredSize())
                    .putShort((short) nameBytes.length).putShort((short) 0).putShort((short) 0).putShort((short) 0)
                    .putShort((short) 0).putInt(0).putInt((int) entry.offset()).put(nameBytes);
            zip.writeBytes(header.array());
        }
        long size = zip.size() - start;
        ByteBuffer end = little(22);
        end.putInt(0x06054b50).putShort((short) 0).putShort((short) 0).putShort((short) central.size())
                .putShort((short) central.size()).putInt((int) size).putInt((int) start).putShort((short) 0);
        zip.writeBytes(end.array());
        return zip.toByteArray();
    }

    /**
     * Deflated data that inflates to {@code mebibytes} MiB of zeros, made without deflating them:
     * one flushed block of a MiB repeated (a full flush makes each block stand alone), then the
     * final empty block. About 1 KB per MiB, so a 3.6 GB bomb costs 3.5 MB and no time.
     */
    public static byte[] zeros(int mebibytes) {
        Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION, true);
        deflater.setInput(new byte[1 << 20]);
        ByteArrayOutputStream block = new ByteArrayOutputStream();
        byte[] buffer = new byte[64 * 1024];
        int n;
        do {
            n = deflater.deflate(buffer, 0, buffer.length, Deflater.FULL_FLUSH);
            block.write(buffer, 0, n);
        } while (n == buffer.length || !deflater.needsInput());
        deflater.end();
        byte[] one = block.toByteArray();
        ByteArrayOutputStream all = new ByteArrayOutputStream(one.length * mebibytes + 2);
        for (int i = 0; i < mebibytes; i++) {
            all.writeBytes(one);
        }
        all.write(0x03);
        all.write(0x00);
        return all.toByteArray();
    }

    private static ByteBuffer little(int size) {
        return ByteBuffer.allocate(size).order(ByteOrder.LITTLE_ENDIAN);
    }

    /** The entries of a zip made by ordinary tools, in order, as name and bytes (for rewriting). */
    public static List<Map.Entry<String, byte[]>> entries(byte[] zip) throws IOException {
        List<Map.Entry<String, byte[]>> entries = new ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
                entries.add(Map.entry(entry.getName(), in.readAllBytes()));
            }
        }
        return entries;
    }
}
