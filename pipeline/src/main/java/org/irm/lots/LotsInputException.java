package org.irm.lots;

/**
 * An input the draw cannot use (a malformed States list, policy, history or record, an unknown
 * State, a redraw the rules refuse), with a message a secretariat officer can act on.
 */
public class LotsInputException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public LotsInputException(String message) {
        super(message);
    }

    public LotsInputException(String message, Throwable cause) {
        super(message, cause);
    }
}
