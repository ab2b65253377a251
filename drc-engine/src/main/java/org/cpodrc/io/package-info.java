/**
 * Guards every input file before a parser sees it, so hostile or careless inputs end in one
 * located line (exit 3) instead of a hang, an out-of-memory error or a stack trace.
 *
 * <p>Decisions: only regular files are read (a FIFO would block forever, {@code /dev/zero} never
 * ends, a directory is no file); text inputs (decks, {@code .lyp}, waivers, baselines, stack
 * files, deck tests) have a size limit checked <em>before</em> reading, named in the message
 * together with the setting that raises it ({@link org.cpodrc.io.InputLimits}); text must be
 * UTF-8 and a binary or mis-encoded file is named as such at its line and column. Nesting depth
 * limits for the structured formats live here too, so every reader refuses at the same depth.
 */
package org.cpodrc.io;
