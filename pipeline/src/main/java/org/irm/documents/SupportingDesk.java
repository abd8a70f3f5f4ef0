package org.irm.documents;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.irm.config.IrmConfig;
import org.irm.config.Setting;
import org.irm.docx.PackageLimits;
import org.irm.folders.LeftoverFiles;
import org.irm.register.Register;
import org.irm.register.ReviewRecord;
import org.irm.register.ReviewStage;
import org.irm.register.SupportingDocuments;
import org.irm.register.SupportingDocuments.Document;
import org.irm.submission.Archive;
import org.irm.submission.Arrival;
import org.irm.submission.ArrivalRecords;
import org.irm.submission.LogText;
import org.irm.submission.Received;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The supporting documents' desk: takes in a file a State sends with its answers (a law, a regulation, a scan)
 * and finds passages in what was taken. Taking one is, in order: the original archived by sha256 (the same
 * archive as the returns: from here on nothing can be lost), its text read with Tika, then the document and its
 * passages registered in one transaction for the State and its open review (the commit point). A crash before the
 * commit leaves the file to be taken again; the same bytes taken again for the same State are not registered
 * twice: a later arrival (another e-mail, drop or ingest) is recorded as sent again, so that the receipt of the
 * return it came with lists it as already received. The file's name is the sender's: kept as data (its last
 * segment, see {@link #shownName}), never used as a path.
 */
public final class SupportingDesk {

    /** How many characters of a document's text are kept (about 1,500 pages). */
    static final int MAX_TEXT_CHARS = 5_000_000;

    /**
     * A supporting document taken in.
     *
     * @param alreadyReceived true when the same bytes were registered for the State before, from another e-mail or
     *                        drop: this is that registration, and the arrival is recorded as sent again
     * @param name            the name it came with this time (a document sent again may bear another)
     */
    public record Taken(Document document, boolean alreadyReceived, String name) {

        public Taken(Document document, boolean alreadyReceived) {
            this(document, alreadyReceived, document.originalName());
        }
    }

    /**
     * A passage that holds the words searched for.
     *
     * @param page    its page (PDF), or null
     * @param snippet the text around the first word, as read (not normalised)
     */
    public record Found(String state, String document, String sha256, Integer page, int passage, String snippet) {
    }

    private static final Logger LOG = LoggerFactory.getLogger(SupportingDesk.class);

    private final Archive archive;
    private final ArrivalRecords arrivals;
    private final String instance;
    private final SupportingScreen screen;
    private final TextReader reader;
    private final SupportingDocuments documents;
    private final Register register;

    /**
     * @param arrivals where the desk records how each archived document came in, before it registers it
     * @param instance this pipeline instance's name, which its arrival records carry
     */
    SupportingDesk(Archive archive, ArrivalRecords arrivals, String instance, SupportingScreen screen, TextReader reader,
                   Register register) {
        this.archive = archive;
        this.arrivals = arrivals;
        this.instance = instance;
        this.screen = screen;
        this.reader = reader;
        this.register = register;
        this.documents = new SupportingDocuments(register);
    }

    /** The desk over the configured watch folders ({@code archive/}) and file size limit. */
    public static SupportingDesk over(IrmConfig config, Register register) {
        PackageLimits limits = PackageLimits.DEFAULTS.withMaxFileBytes((long) config.getInt(Setting.MAX_FILE_MB) << 20);
        Path archive = config.path(Setting.WATCH_ROOT).resolve("archive");
        return new SupportingDesk(new Archive(archive), new ArrivalRecords(archive), config.instanceId(),
                new SupportingScreen(limits), new TextReader(MAX_TEXT_CHARS), register);
    }

    /** The file's format when it is a supporting document (not a return, of a type taken, within the limits). */
    public Optional<SupportingFormat> recognise(Path file) {
        return screen.recognise(file);
    }

    /** Whether the file is a return (carries one of our identities), not a supporting document. */
    public boolean isReturn(Path file) {
        return screen.isReturn(file);
    }

    /**
     * Archives, reads and registers a file recognised as a supporting document of the State.
     *
     * @throws UncheckedIOException when the archive cannot be written (nothing is registered; take it again later)
     */
    public Taken take(Arrival arrival, String state, SupportingFormat format) {
        Objects.requireNonNull(state, "state");
        Received received;
        try {
            received = archive.store(arrival);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot archive " + arrival.originalName() + ": " + e.getMessage()
                    + " (the file stays where it is and can be taken again)", e);
        }
        String iso3 = state.toUpperCase(Locale.ROOT);
        arrivals.keepSupporting(received, instance, iso3);
        String name = shownName(arrival.originalName());
        Optional<Document> earlier = documents.ofState(iso3).stream()
                .filter(d -> d.sha256().equals(received.sha256())).findFirst();
        if (earlier.isPresent()) {
            Document document = earlier.get();
            if (document.messageId() != null && document.messageId().equals(arrival.messageId())) {
                // The same e-mail (read again after a crash, or the file attached twice): not sent again.
                return new Taken(document, false);
            }
            documents.recordResent(document, name, arrival.source(), arrival.sender(),
                    arrival.messageId(), arrival.receivedAt(), arrival.sender() == null ? "intake" : arrival.sender());
            return new Taken(document, true, name);
        }
        DocumentText text = reader.read(received.archived(), format);
        List<SupportingDocuments.Passage> passages = new ArrayList<>();
        for (DocumentText.TextPassage passage : text.passages()) {
            passages.add(new SupportingDocuments.Passage(passages.size() + 1, passage.page(), passage.text(),
                    Words.normalised(passage.text())));
        }
        long size = sizeOf(received.archived());
        SupportingDocuments.Registered registered = documents.register(new SupportingDocuments.NewDocument(
                received.sha256(), iso3, openReview(iso3).map(ReviewRecord::id).orElse(null), name,
                format.shortName(), format.mediaType(), size, text.title(), text.pages(), text.hasText(),
                format.encrypted() || text.encrypted(), format.macros(), arrival.source(), arrival.sender(),
                arrival.messageId(), arrival.receivedAt()), passages, arrival.sender() == null ? "intake" : arrival.sender());
        return new Taken(registered.document(), !registered.created());
    }

    /**
     * Takes again, from the archive, every supporting document this instance archived and recorded that the
     * register has no trace of for its State (an embedded register can lose its last writes to a kill, after the
     * receipt listing the document went out); another instance's after its record is stale. Run at start.
     *
     * @return the documents taken again
     */
    public List<Taken> takeAgainWhatTheRegisterLost() {
        Set<String> registered = new HashSet<>();
        documents.ofState(null).forEach(document -> registered.add(document.state() + "/" + document.sha256()));
        Instant othersBefore = Instant.now().minus(LeftoverFiles.STALE);
        List<Taken> taken = new ArrayList<>();
        for (String sha256 : arrivals.digests()) {
            Optional<ArrivalRecords.Kept> kept = arrivals.read(sha256);
            if (kept.isEmpty() || kept.get().desk() != ArrivalRecords.Desk.SUPPORTING
                    || registered.contains(kept.get().state() + "/" + sha256)
                    || !kept.get().oursToTakeAgain(instance, othersBefore)) {
                continue;
            }
            Path archived = archive.path(sha256);
            Optional<SupportingFormat> format = Files.isRegularFile(archived) ? recognise(archived)
                    : Optional.empty();
            if (format.isEmpty()) {
                LOG.error("Supporting document {} ({}) of {} is recorded but its archived copy is missing or no longer"
                        + " taken: not registered", LogText.of(kept.get().originalName()), sha256, kept.get().state());
                continue;
            }
            LOG.warn("Supporting document {} ({}) of {} is archived but the register has no trace of it (a stop came"
                    + " before it was registered, or lost the register's last writes): taken again from the archive",
                    LogText.of(kept.get().originalName()), sha256, kept.get().state());
            taken.add(take(kept.get().arrival(archived), kept.get().state(), format.get()));
        }
        return taken;
    }

    /**
     * The name a document is registered, listed and cited by: the sender's name without the folders some mail
     * programs put before it ({@code C:\fakepath\Act.pdf}, {@code ../../laws/Act.pdf}, {@code /home/ana/Act.pdf}
     * give {@code Act.pdf}), so receipts show the name the State knows and answers citing the file by name find it.
     * A slash inside a plain name is kept ({@code Decree 12/2019.pdf}): only a name that reads as a path (a
     * backslash, a drive, a leading slash, a "." or ".." segment) is cut. Kept as data only, never used as a path.
     */
    static String shownName(String originalName) {
        String name = originalName == null ? "" : originalName.strip();
        String[] segments = name.split("[/\\\\]", -1);
        boolean path = name.indexOf('\\') >= 0 || name.startsWith("/") || segments[0].matches("[A-Za-z]:")
                || Arrays.stream(segments).anyMatch(segment -> segment.equals(".") || segment.equals(".."));
        String last = segments[segments.length - 1].strip();
        if (!path || last.isEmpty() || last.equals(".") || last.equals("..")) {
            return name.isEmpty() ? "document" : name;
        }
        return last;
    }

    /** The State's open review: its latest review not yet final (nor in follow-up). */
    public Optional<ReviewRecord> openReview(String state) {
        return register.reviews().forStateUnderReview(state).stream()
                .filter(r -> !r.stage().equals(ReviewStage.FINAL) && !r.stage().equals(ReviewStage.FOLLOW_UP))
                .max(Comparator.comparing(ReviewRecord::createdAt));
    }

    /** A State's supporting documents (every State's when null), first received first. */
    public List<Document> of(String state) {
        return documents.ofState(state == null ? null : state.toUpperCase(Locale.ROOT));
    }

    /**
     * The passages that hold every word (case and accents aside), of one State or of all when {@code state} is
     * null, with a snippet around the first word; at most {@code limit}.
     */
    public List<Found> search(String words, String state, int limit) {
        List<String> query = Words.query(words);
        List<Found> found = new ArrayList<>();
        for (SupportingDocuments.Hit hit : documents.search(query, state == null ? null : state.toUpperCase(Locale.ROOT),
                limit)) {
            found.add(new Found(hit.document().state(), hit.document().originalName(), hit.document().sha256(),
                    hit.passage().page(), hit.passage().number(), Snippets.around(hit.passage().text(), query)));
        }
        return found;
    }

    /** The register's table of these documents, for the receipt and the review copy. */
    SupportingDocuments documents() {
        return documents;
    }

    private static long sizeOf(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the archived copy " + file + ": " + e.getMessage(), e);
        }
    }
}
