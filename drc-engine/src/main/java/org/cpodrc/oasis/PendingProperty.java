package org.cpodrc.oasis;

import java.util.List;

/**
 * A PROPERTY record as read: its name (or PROPNAME reference) and values, where a value is a
 * {@link Number}, a {@link String}, or a {@link StringRef} to a PROPSTRING that may come later.
 */
record PendingProperty(String name, long nameRef, boolean standard, List<Object> values, long offset) {
    /** A PROPSTRING reference number among the values. */
    record StringRef(long number) {
    }
}
