package org.irm.submission;

/**
 * Where the desk puts the reply it owes a sender, before it records the file as answered. So a
 * file the register calls answered always has its reply on its way; a crash between the two
 * leaves the file registered but unanswered, and the desk answers it on start
 * ({@link ReturnDesk#finishUnfinished()}), posting the same reply again.
 *
 * <p>Contract: posting is durable when it returns (the reply survives a kill), and posting the same
 * reply again (same arrival, same file, same recipient) posts nothing: each arrival's reply goes
 * out once however often a crash makes the desk answer it.
 */
public interface ReplyPost {

    /**
     * Posts the acknowledgement's reply to whoever sent the arrival, unless it was posted before or
     * has no one to go to.
     *
     * @return true when the reply was posted now
     */
    boolean post(Arrival arrival, Acknowledgement acknowledgement);

    /** For a desk whose replies stay in the files it writes (no mail is sent). */
    ReplyPost NONE = (arrival, acknowledgement) -> false;
}
