/**
 * JSON text as cpodrc writes it: {@link org.cpodrc.json.JsonOut} streams reports and schemas
 * through jackson-core's {@code JsonGenerator} in a fixed byte layout (block or one-line
 * containers chosen by the caller, cpodrc's string escapes, numbers pre-formatted by
 * {@code check.Numbers}); {@code info}'s compact layout adds single line breaks
 * ({@link org.cpodrc.json.JsonOut#lineBreak()}).
 */
package org.cpodrc.json;
