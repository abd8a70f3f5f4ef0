package org.irm.intake;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.irm.catalogue.Language;
import org.irm.submission.Acknowledgement;
import org.irm.submission.Arrival;
import org.irm.submission.Disposition;
import org.irm.submission.Reply;
import org.irm.submission.ReturnDesk;

/**
 * A test double for the routes: remembers every arrival with the bytes it had when taken, calls a
 * file starting with the zip signature registered and anything else refused, answers repeated
 * bytes as duplicates, and can be told to fail as if the register were down.
 */
final class RecordingDesk implements ReturnDesk {

    /** One arrival as the desk saw it. */
    record Taken(Arrival arrival, String sha256, byte[] bytes) {
    }

    final List<Taken> taken = new CopyOnWriteArrayList<>();
    final AtomicInteger failuresToCome = new AtomicInteger();
    private final Set<String> seen = ConcurrentHashMap.newKeySet();

    @Override
    public Acknowledgement take(Arrival arrival) {
        if (failuresToCome.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
            throw new IllegalStateException("register down (test)");
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(arrival.file());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String sha = sha256(bytes);
        taken.add(new Taken(arrival, sha, bytes));
        Disposition disposition = !seen.add(sha) ? Disposition.DUPLICATE
                : bytes.length > 1 && bytes[0] == 'P' && bytes[1] == 'K' ? Disposition.REGISTERED : Disposition.REFUSED;
        String text = arrival.originalName() + ": " + disposition;
        return new Acknowledgement(disposition, sha, "KEN", Language.EN,
                disposition == Disposition.REFUSED ? "NOT_WORD" : null, text, List.of(),
                new Reply(arrival.sender(), "Received " + arrival.originalName(), text + "\n", List.of()));
    }

    @Override
    public List<Acknowledgement> finishUnfinished() {
        return List.of();
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
