package org.cpodrc.flatten;

import org.cpodrc.InputException;

/**
 * Bad input found in the design while flattening it, its message naming the design file. Layers
 * are flattened lazily, on the thread of the first rule that reads them; the engine reports this
 * as it is rather than as an error of that rule in the deck.
 */
public final class DesignException extends InputException {
    public DesignException(String message) {
        super(message);
    }
}
