package org.irm.lots;

/**
 * Everything a draw is a function of, besides its seed (which the request carries): the States
 * list, the policy, the history of past reviews, and the request.
 */
public record DrawInputs(PartyRoster roster, DrawPolicy policy, ReviewHistory history, DrawRequest request) {

    /** The SHA-256 digests of these inputs, as a draw record holds them. */
    public InputDigests digests() {
        return InputDigests.of(this);
    }
}
