package org.irm.lots;

/**
 * No assignment satisfies every rule; {@link #blockage()} says which rule blocks it and for
 * which States. Thrown instead of breaking a rule or searching without end.
 */
public class DrawBlockedException extends LotsInputException {

    private static final long serialVersionUID = 1L;

    private final transient Blockage blockage;

    public DrawBlockedException(Blockage blockage) {
        super(blockage.message());
        this.blockage = blockage;
    }

    public Blockage blockage() {
        return blockage;
    }
}
