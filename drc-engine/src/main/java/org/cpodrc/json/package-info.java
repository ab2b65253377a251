/**
 * JSON text as cpodrc writes it: {@link org.cpodrc.json.JsonOut} streams reports and schemas
 * through jackson-core's {@code JsonGenerator} in a fixed byte layout (block or one-line
 * containers chosen by the caller, cpodrc's string escapes, numbers pre-formatted by
 * {@code check.Numbers}); {@link org.cpodrc.json.JsonString} quotes single strings the same way
 * for the small hand-assembled outputs ({@code info}).
 */
package org.cpodrc.json;
