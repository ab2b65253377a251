package org.cpodrc.deckimport;

/** A statement outside the subset the importer understands; the message says why. */
final class Untranslatable extends RuntimeException {
    Untranslatable(String reason) {
        super(reason, null, false, false);
    }
}
