/**
 * Multi-die package stacks (STACK-SPEC): a YAML stack file places separate die layouts — PIC,
 * EIC, substrate, fiber array unit — in one package, and the engine checks the assembly as if it
 * were one layout.
 *
 * <p>Reading: {@link org.cpodrc.stack.StackFileReader} uses the deck loader's YAML pieces, so a
 * stack file's mistakes read like a deck's ({@code FILE:LINE:COL: message}, did-you-mean, exact
 * decimal quantities); {@link org.cpodrc.stack.StackGrammar} holds the tables the reference and
 * JSON Schema print. {@link org.cpodrc.stack.Stack} reads the die files (a die file's own errors
 * keep their byte offsets, after the stack file's position).
 *
 * <p>Placement decisions (§2): the package database unit is the smallest die unit; each die is
 * scaled to it by an integer, mirrored x → −x when flipped, rotated counter-clockwise, then
 * moved, all on longs ({@link org.cpodrc.layout.Placement}) — a die unit that is not an integer
 * multiple, or a placement off the grid, is an input error rather than a silent rounding.
 *
 * <p>Layers: every die layer is {@code DIE.NAME} and gets its own package layer number (1/0
 * upward in stack order, never clashing), which {@link org.cpodrc.stack.StackLayerSource} serves
 * to the engine and the assembled GDS uses. {@code DIE.OUTLINE} always exists (the die's OUTLINE
 * layer, else its top cell's bounding box). The stack's {@code layers:} map rebinds a deck's own
 * layer names ({@link org.cpodrc.deck.DesignLayers}); deck layers it leaves out are empty, as a
 * layer/datatype missing from a flat layout is.
 */
package org.cpodrc.stack;
