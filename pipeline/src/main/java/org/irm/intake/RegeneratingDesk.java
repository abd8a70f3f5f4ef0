package org.irm.intake;

import java.util.List;
import org.irm.submission.Acknowledgement;
import org.irm.submission.Arrival;
import org.irm.submission.Disposition;
import org.irm.submission.ReturnDesk;

/**
 * The desk as the running pipeline uses it: after it registers a State's return or review copy,
 * that State's report drafts are queued for regeneration (never waited for).
 */
final class RegeneratingDesk implements ReturnDesk {

    private final ReturnDesk desk;
    private final DraftRegeneration drafts;

    RegeneratingDesk(ReturnDesk desk, DraftRegeneration drafts) {
        this.desk = desk;
        this.drafts = drafts;
    }

    @Override
    public Acknowledgement take(Arrival arrival) {
        return regenerated(desk.take(arrival));
    }

    @Override
    public List<Acknowledgement> finishUnfinished() {
        List<Acknowledgement> finished = desk.finishUnfinished();
        finished.forEach(this::regenerated);
        return finished;
    }

    private Acknowledgement regenerated(Acknowledgement acknowledgement) {
        if ((acknowledgement.disposition() == Disposition.REGISTERED || acknowledgement.disposition() == Disposition.HELD)
                && acknowledgement.state() != null) {
            drafts.regenerate(acknowledgement.state());
        }
        return acknowledgement;
    }
}
