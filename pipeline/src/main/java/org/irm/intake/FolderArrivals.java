package org.irm.intake;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.Optional;
import org.irm.documents.SupportingIntake;
import org.irm.register.SubmissionSource;
import org.irm.submission.Acknowledgement;
import org.irm.submission.Arrival;
import org.irm.submission.LogText;
import org.irm.submission.ReturnDesk;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Hands a file that has settled in a watch folder to the desk. A file in a subfolder of the
 * watch folder ({@code inbox/KEN/return.docx}, {@code reviews/FRA/copy.docx}) was dropped in that
 * State's folder: the desk refuses it if it is another State's checklist, or a review copy that is
 * not that reviewing State's own. When this returns the file's bytes are archived
 * and registered, so the caller may remove the dropped copy; when the desk throws, nothing is
 * lost and the file is to be left where it is for the next look. A dropped file has no sender to
 * mail: its answer is the receipt or refusal the desk writes into the outbox or rejected folder.
 */
public final class FolderArrivals {

    private static final Logger LOG = LoggerFactory.getLogger(FolderArrivals.class);

    private final ReturnDesk desk;
    private final SettledFiles settled;
    private final Clock clock;
    private final boolean subfoldersAreStates;
    private final SupportingIntake documents;

    /**
     * @param subfoldersAreStates true when the watch folder's subfolders are named by ISO3 code (the
     *                            inbox: States under review; the reviews folder: reviewing States)
     */
    public FolderArrivals(ReturnDesk desk, SettledFiles settled, Clock clock, boolean subfoldersAreStates) {
        this(desk, settled, clock, subfoldersAreStates, null);
    }

    private FolderArrivals(ReturnDesk desk, SettledFiles settled, Clock clock, boolean subfoldersAreStates,
                           SupportingIntake documents) {
        this.documents = documents;
        this.desk = desk;
        this.settled = settled;
        this.clock = clock;
        this.subfoldersAreStates = subfoldersAreStates;
    }

    /**
     * The same, with the files dropped in a State's folder that are supporting documents (issue 19.3: not a
     * return; a PDF, Word, OpenDocument, spreadsheet or image file) taken by {@code documents} for that State.
     */
    public FolderArrivals with(SupportingIntake documents) {
        return new FolderArrivals(desk, settled, clock, subfoldersAreStates, documents);
    }

    /**
     * Takes one dropped file.
     *
     * @param absolutePath where the file is
     * @param relativePath its path below the watch folder ({@code KEN/return.docx} or {@code return.docx})
     */
    public Acknowledgement take(String absolutePath, String relativePath) {
        Path file = Path.of(absolutePath);
        Path relative = Path.of(relativePath);
        String folderState = subfoldersAreStates && relative.getNameCount() > 1
                ? relative.getName(0).toString().toUpperCase(Locale.ROOT) : null;
        Arrival arrival = new Arrival(file, file.getFileName().toString(), SubmissionSource.FOLDER, null, folderState,
                clock.instant());
        Optional<Acknowledgement> document = documents == null ? Optional.empty() : documents.takeDropped(arrival);
        Acknowledgement acknowledgement = document.isPresent() ? document.get() : desk.take(arrival);
        settled.taken(file.toAbsolutePath());
        LOG.info("{}: {} {} {}", LogText.of(relativePath), acknowledgement.disposition(),
                acknowledgement.reasonCode() == null ? "" : acknowledgement.reasonCode(), LogText.of(acknowledgement.message()));
        return acknowledgement;
    }
}
