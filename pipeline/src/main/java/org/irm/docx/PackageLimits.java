package org.irm.docx;

/**
 * Bounds on what reading one Word package may cost, so a hostile or broken file cannot exhaust
 * memory or time. Inflated sizes are counted while reading, never taken from zip headers.
 *
 * @param maxFileBytes       the file itself
 * @param maxEntries         entries in the zip
 * @param maxPartBytes       one inflated part
 * @param maxTotalBytes      all inflated parts read together
 * @param maxRatio           inflated size over compressed size, for parts above {@code ratioFloorBytes}
 * @param ratioFloorBytes    parts smaller than this are not held to the ratio (tiny XML compresses well)
 * @param maxDepth           XML element nesting
 */
public record PackageLimits(long maxFileBytes, int maxEntries, long maxPartBytes, long maxTotalBytes, int maxRatio,
                            long ratioFloorBytes, int maxDepth) {

    public static final PackageLimits DEFAULTS = new PackageLimits(50L << 20, 2_000, 100L << 20, 300L << 20, 100,
            1L << 20, 256);

    /** The defaults with another largest file size (the {@code irm.limits.file.mb} setting). */
    public PackageLimits withMaxFileBytes(long bytes) {
        return new PackageLimits(bytes, maxEntries, maxPartBytes, maxTotalBytes, maxRatio, ratioFloorBytes, maxDepth);
    }
}
