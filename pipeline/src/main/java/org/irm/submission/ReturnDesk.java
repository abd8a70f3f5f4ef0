package org.irm.submission;

import java.util.List;

/**
 * Takes returned files in, one at a time: the one service behind the inbox folder, the mailbox
 * and {@code irm ingest}. Its order is the crash-safety contract: the original goes to the
 * archive (by sha256) first, then the outcome is registered in one transaction (the commit
 * point), then the sender's answer is written and, for a file that came by e-mail, its reply is
 * queued ({@link ReplyPost}), and only then is the file recorded as answered. It never throws for
 * bad input: every problem with a file ends in a {@link Disposition#REFUSED} acknowledgement with
 * a reason, and a file the desk itself fails on in a {@link Disposition#HELD} one (held for the
 * secretariat). It throws only when the pipeline itself cannot work (archive not writable,
 * register down), and then nothing of the arrival has been lost: taking it again later finishes
 * the work.
 *
 * <p>Safe to call from several threads; taking the same bytes twice registers them once.
 */
public interface ReturnDesk {

    /** Archives, identifies, validates, registers and answers one arrival. */
    Acknowledgement take(Arrival arrival);

    /**
     * Finishes what a crash interrupted: files registered but never answered are answered now
     * (or, when that fails, held for the secretariat; one file never keeps the others waiting),
     * and the temporary files a stop left behind are removed. Called once when the pipeline starts.
     */
    List<Acknowledgement> finishUnfinished();
}
