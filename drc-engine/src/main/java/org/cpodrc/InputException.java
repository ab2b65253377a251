package org.cpodrc;

/**
 * Bad user input (a design, deck, waiver or baseline file): the CLI prints {@link #getMessage()}
 * as {@code cpodrc: MESSAGE} and exits with code 3. The message already names the file and the
 * place (byte offset or line:column), so callers never need a stack trace.
 */
public class InputException extends RuntimeException {
    public InputException(String message) {
        super(message);
    }

    public InputException(String message, Throwable cause) {
        super(message, cause);
    }
}
