package org.irm.intake;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Names in a drop folder that are never a State's return: hidden files, Office and LibreOffice
 * lock files, partial downloads and copies in progress, editor backups and desktop clutter.
 */
public final class DroppedFileNames {

    private static final Pattern NOT_A_RETURN = Pattern.compile(
            "^(\\..*"                                  // hidden, .~lock.x.docx#, .DS_Store
            + "|~\\$.*"                                // Word owner file
            + "|~.*\\.tmp"                             // Word temp
            + "|.*~"                                   // editor backup
            + "|.*\\.(tmp|temp|part|partial|crdownload|download|lock|lck|swp|filepart|!ut|opdownload)"
            + "|thumbs\\.db|desktop\\.ini|icon\\r)$");

    private DroppedFileNames() {
    }

    /** True when a file of this name is to be left alone. */
    public static boolean ignored(String fileName) {
        return NOT_A_RETURN.matcher(fileName.toLowerCase(Locale.ROOT)).matches();
    }
}
