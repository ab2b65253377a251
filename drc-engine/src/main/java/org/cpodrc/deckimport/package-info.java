/**
 * {@code cpodrc deck import}: translates the statement subset of KLayout DRC scripts ({@code .drc},
 * or a {@code .lydrc} macro whose {@code <text>} element holds the script) into a cpodrc deck.
 *
 * <p>A KLayout deck is a Ruby program; this package reads only the statements a rule deck is made
 * of, without running anything: layer inputs ({@code X = input(l, d)}), numeric variables and
 * arithmetic ({@code tol = 1e-3}, {@code 0.06 - tol}, {@code 2.um}), layer expressions (booleans
 * {@code & - | ^ +} with Ruby's precedence, sizing, selections, {@code merged(n)}, {@code holes},
 * {@code extents}, {@code with_area}), the edge checks (width, space, separation, enclosing,
 * enclosed, overlap) with their options (metrics, {@code angle_limit}, {@code projection_limits},
 * {@code whole_edges}) and {@code output("name", "message")}. Each output becomes one rule whose id
 * is the output name and whose description is the message; an output of a derived polygon layer
 * becomes a {@code forbidden} rule. The operations public photonic decks use beyond these are
 * translated too: {@code notch}, {@code isolated}, {@code ongrid}, {@code rectangles} /
 * {@code non_rectangles}, {@code edges.with_length(nil, l)} / {@code without_length(l)} (an
 * {@code edge_length} rule) and {@code X.not_interacting(X.edges.with_length(nil, l))}
 * ({@code with_edge_length}); {@code polygons(e)} keeps the check (its rule marks the edge pairs)
 * and a {@code join} of results becomes one rule per part.
 *
 * <p>The script is read as KLayout runs it with only {@code -rd input=... -rd report=...}:
 * {@code # %include FILE} lines are replaced by the file (relative to the including file; its
 * statements keep their file and line for messages), a Ruby {@code def} is called where the deck
 * calls it, and {@code if} / {@code unless} / {@code elsif} / {@code case} / {@code X = if ... end}
 * run only the branch KLayout runs when the condition is known (literals, variables, comparisons,
 * {@code ! && ||}; {@code $input} and {@code $report} given, every other global nil, noted).
 * Statements inside an {@code if} the import cannot decide (a value known only at run time, such
 * as a polygon count) are translated as if it held and the {@code if} is listed, except
 * gdsfactory's whole-chip density template
 * ({@code dens = layer.area / boundary.area; if dens < min; marker = boundary; end}), whose
 * conditions become {@code density} rules. Run-time values ({@code count}, {@code Time.now}) and
 * {@code extent} may be assigned and logged; a rule using one is listed. Run-control statements ({@code report}, {@code threads},
 * {@code deep}, {@code logger}, {@code forget}, ...) are dropped silently; every other statement
 * that cannot be translated is listed with its line number in the original file, and the deck is
 * written without it.
 *
 * <p>Design: {@link org.cpodrc.deckimport.ScriptText} unwraps the macro and splits logical
 * statements (continued lines joined, comments removed), {@link org.cpodrc.deckimport.RubyTokens}
 * tokenizes one statement, {@link org.cpodrc.deckimport.StatementTranslator} evaluates it to
 * values ({@link org.cpodrc.deckimport.Value}) and collects layers, derived layers and rules, and
 * {@link org.cpodrc.deckimport.DeckImport} ties them together and writes the deck as YAML with
 * snakeyaml-engine. Integer distances are KLayout database units; they are converted assuming a
 * 1 nm database unit, with a warning.
 */
package org.cpodrc.deckimport;
