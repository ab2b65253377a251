/**
 * Deck tests ({@code cpodrc deck test}): small layouts with the violations each rule of a deck
 * must report on them, the QA suite a foundry keeps for every DRC deck.
 *
 * <p>A test file is YAML ({@code cpodrc-deck-test: 1}) read with the deck's own YAML layer
 * ({@link org.cpodrc.deck.yaml}): every mistake is one {@code FILE:LINE:COL: message} with a
 * "did you mean" for misspelt keys, layers and rule ids. Each case draws its layout inline, per
 * deck layer in µm ({@link InlineLayout}), or names a GDSII file; it may override deck params as
 * {@code --param} does, and states per rule id {@code clean}, a violation count, or the markers
 * (bounding box, optionally the measured value, each within a tolerance).
 *
 * <p>Design decisions:
 * <ul>
 * <li>The runner uses the real engine on a real {@link org.cpodrc.layout.Layout}: inline shapes
 *     become GDS elements (boxes, boundaries, paths, texts) and are flattened by the same
 *     {@link org.cpodrc.engine.LayoutLayerSource} as a design file, so a deck test exercises exactly
 *     what {@code cpodrc check} runs.</li>
 * <li>A case may give a multi-die stack (stack-only rules such as {@code tier_order} pass on a
 *     flat layout): a stack file, or a stack written inline whose dies draw their shapes in die µm.
 *     Both go through {@link org.cpodrc.stack.StackFileReader} and {@link org.cpodrc.stack.Stack}
 *     (an inline die is an in-memory layout placed by at/flip/rotate like a die file), and the deck
 *     is loaded with the stack's layer bindings as {@code cpodrc check STACK.yaml} does.</li>
 * <li>Rules a case does not name are not checked by that case: a layout that breaks a pitch rule
 *     usually breaks the space rule too, and a test states only what it is about.</li>
 * <li>Markers are compared as a set: each expected marker is matched to one reported marker within
 *     the tolerance, and the count must agree, so an extra or a missing marker fails the case.</li>
 * <li>Tests are found beside the deck ({@code NAME.test.yaml}, {@code tests/*.test.yaml}); a builtin
 *     deck's tests ship as resources beside it and include those of the shipped decks it extends.
 *     Shipped tests run against a deck extending a shipped one ({@code TEST builtin:NAME}) leave out
 *     the rules that deck disabled; a shipped case failing there marks a rule the deck changed.</li>
 * <li>{@code --watch} polls file contents rather than using a WatchService: the deck chain and the
 *     test files are few and small, a poll is bounded work, and it behaves the same on every file
 *     system (WatchService is slow polling on some, and editors save by rename).</li>
 * <li>Coverage is about what the tests ask: a rule is covered by a failing case when some case
 *     expects violations of it, by a passing case when some case expects it clean. Whether those
 *     cases pass is reported separately.</li>
 * </ul>
 */
package org.cpodrc.decktest;
