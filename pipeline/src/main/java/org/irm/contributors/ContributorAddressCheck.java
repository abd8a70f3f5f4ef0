package org.irm.contributors;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.irm.catalogue.CatalogueException;
import org.irm.catalogue.StateList;
import org.irm.config.ConfigurationException;
import org.irm.config.IrmConfig;
import org.irm.docx.Refusal;
import org.irm.docx.RefusalReason;
import org.irm.identity.ChecklistIdentity;
import org.irm.register.Contributor;
import org.irm.register.Contributors;
import org.irm.register.FocalPoints;
import org.irm.register.Register;
import org.irm.submission.ChecklistCheck;
import org.irm.submission.ChecklistReturn;

/**
 * For a State's checklist that came from an address: an address registered as a contributor's (of
 * any State, its invitation standing or withdrawn) and not as a focal point of the checklist's State
 * is refused {@code CONTRIBUTOR_ADDRESS}. A contributor adds input in its own form, kept apart; it
 * never answers for the State. Asked before the focal points' check, so the contributor is told
 * why in those words rather than as an unknown sender.
 */
public final class ContributorAddressCheck implements ChecklistCheck {

    private final Contributors contributors;
    private final FocalPoints focalPoints;
    private final Function<String, String> stateNames;

    /** @param stateNames the name of a State by ISO3, for the sentence */
    public ContributorAddressCheck(Contributors contributors, FocalPoints focalPoints, Function<String, String> stateNames) {
        this.contributors = contributors;
        this.focalPoints = focalPoints;
        this.stateNames = stateNames;
    }

    /** The check over this register, naming States as the configured States list does. */
    public static ContributorAddressCheck from(IrmConfig config, Register register) {
        try {
            StateList states = StateList.load(config.templates());
            return new ContributorAddressCheck(new Contributors(register), new FocalPoints(register),
                    iso3 -> states.find(iso3).map(s -> s.name() + " (" + iso3 + ")").orElse(iso3));
        } catch (CatalogueException e) {
            throw new ConfigurationException("The templates cannot be used: " + e.getMessage());
        }
    }

    @Override
    public Optional<Refusal> check(ChecklistReturn candidate) {
        String sender = candidate.received().arrival().sender();
        Optional<ChecklistIdentity> identity = candidate.identity().identity();
        if (sender == null || identity.isEmpty() || identity.get().isReviewCopy()) {
            return Optional.empty();
        }
        String state = identity.get().state();
        if (focalPoints.statesOf(sender).contains(state)) {
            return Optional.empty();
        }
        List<Contributor> registered = contributors.byEmail(sender);
        if (registered.isEmpty()) {
            return Optional.empty();
        }
        Contributor contributor = registered.stream().filter(c -> c.state().equals(state)).findFirst().orElse(registered.get(0));
        return Optional.of(new Refusal(RefusalReason.CONTRIBUTOR_ADDRESS, "The address " + sender + " is registered as the"
                + " address of a contributor invited by " + stateNames.apply(contributor.state()) + " ("
                + contributor.organisation() + ", " + contributor.kind() + "), not as a focal point of "
                + stateNames.apply(state) + ": a contributor cannot submit the State's checklist, which was not taken."
                + " Return your own contributor's form; the State's checklist must come from its focal point's registered"
                + " address."));
    }
}
