package org.irm.intake;

import java.io.File;
import org.apache.camel.component.file.GenericFile;
import org.apache.camel.component.file.GenericFileFilter;

/**
 * The watch folders' read lock, as a Camel file filter: a file is offered to the route only when
 * its name is not a temporary or lock file's and it has {@linkplain SettledFiles settled}.
 * Folders are always entered (per-State subfolders); hidden ones Camel skips itself.
 */
final class DropFolderFilter implements GenericFileFilter<File> {

    private final SettledFiles settled;

    DropFolderFilter(SettledFiles settled) {
        this.settled = settled;
    }

    @Override
    public boolean accept(GenericFile<File> file) {
        if (file.isDirectory()) {
            return !DroppedFileNames.ignored(file.getFileNameOnly());
        }
        return !DroppedFileNames.ignored(file.getFileNameOnly())
                && settled.settled(file.getFile().toPath().toAbsolutePath(), file.getFileLength(), file.getLastModified());
    }
}
