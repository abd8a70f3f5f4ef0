package org.irm.console;

import jakarta.servlet.http.HttpSession;
import java.time.Clock;
import java.util.Optional;

/**
 * The user of a session, checked at every request without reading the account every time: the
 * session keeps the viewer with the register's change marker it was read at, and the account is read
 * again when the marker has moved (every change of an account is logged: {@code user.disabled},
 * {@code console.locked}, ...) or a second has passed on the console's clock (a change committed out of the log's order, or
 * by a console beside this one, is still seen within it). A disabled or locked account's session ends
 * at its next request, as before; a page of fifty sessions no longer costs fifty account queries.
 */
final class SessionViewers {

    /** Session attribute: the viewer as last read, with when. */
    private static final String KNOWN = "viewer.known";
    /** The longest an account read is trusted while the change marker stands still. */
    private static final long TRUSTED_MILLIS = 1_000;

    private final ConsoleUsers users;
    private final ChangeMarker marker;
    private final Clock clock;

    SessionViewers(ConsoleUsers users, ChangeMarker marker, Clock clock) {
        this.users = users;
        this.marker = marker;
        this.clock = clock;
    }

    /** What was read of a session's account, at which change marker and time. */
    private record Known(String login, Viewer viewer, long marker, long readAt) {
    }

    /** The session's viewer while its account may still log in; a disabled or locked account's session ends here. */
    Optional<Viewer> of(HttpSession session) {
        if (session == null || !(session.getAttribute(ConsoleServer.LOGIN) instanceof String login)) {
            return Optional.empty();
        }
        // The marker before the account: a change logged after this read moves it, and is seen next time.
        long latest = marker.latest();
        long now = clock.millis();
        if (session.getAttribute(KNOWN) instanceof Known known && known.login().equals(login) && known.marker() == latest
                && now - known.readAt() < TRUSTED_MILLIS && now >= known.readAt()) {
            return Optional.of(known.viewer());
        }
        Optional<Viewer> viewer = users.current(login);
        if (viewer.isEmpty()) {
            session.invalidate();
        } else {
            session.setAttribute(KNOWN, new Known(login, viewer.get(), latest, now));
        }
        return viewer;
    }

    /** Forgets what was read of the session's account (its user changed it here: the language). */
    static void forget(HttpSession session) {
        if (session != null) {
            session.removeAttribute(KNOWN);
        }
    }
}
