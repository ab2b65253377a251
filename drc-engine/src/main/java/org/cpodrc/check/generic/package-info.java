/**
 * The generic checks of DECK-SPEC §4 besides the edge checks (width, space, separation,
 * enclosure): keep_out, inside, overlap, size, area, count, pitch, density and covered. All work
 * on merged layers (KLayout's semantics), compare in database units exactly where the quantity is
 * a length or area on the grid, and report through the sink without sorting (the engine sorts).
 * Each check's {@code summary()} states its exact definitions for {@code cpodrc deck doc}.
 */
package org.cpodrc.check.generic;
