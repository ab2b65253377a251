package org.cpodrc.stack;

import java.util.List;

import org.cpodrc.deck.DeckGrammar;

/**
 * The stack-file section of {@code cpodrc deck doc} (Markdown), generated from {@link StackGrammar}
 * so it cannot drift from what the reader accepts.
 */
public final class StackReference {
    private StackReference() {
    }

    public static String markdown() {
        StringBuilder b = new StringBuilder();
        b.append("## Stack files (multi-die packages)\n\n")
                .append("A stack file places separate die layouts in one package (STACK-SPEC); `cpodrc check STACK.yaml\n")
                .append("--deck DECK` and `cpodrc info STACK.yaml` recognise it by its `").append(StackGrammar.MARKER)
                .append("` key (the content, not the\nfile name). Mistakes are `FILE:LINE:COL: message` as in decks; a die file's own errors keep\n")
                .append("their byte offset after the stack file's position. JSON Schema: `cpodrc deck schema --stack`\n")
                .append("(shipped as `rules/src/main/resources/org/cpodrc/rules/stack.schema.json`).\n\n");
        b.append("```yaml\ncpodrc-stack: 1\nname: p3d-engine\nstack: photonic-3d\ndies:\n")
                .append("  - {name: PIC, file: pic.gds, role: pic, tier: 0, layers: {OUTLINE: 1/0, TSV: 10/0}}\n")
                .append("  - {name: EIC, file: eic.gds.gz, role: eic, tier: 1, at: [2000, 1500], flip: true, rotate: 90,\n")
                .append("     layers: {OUTLINE: 0/0, BUMP: 20/0}}\n")
                .append("  - {name: FAU, role: fau, tier: 1, shapes: {OUTLINE: [[-500, 1000, 0, 3100]]}}\n")
                .append("layers: {PIC: PIC.OUTLINE, EIC: EIC.OUTLINE, TSV: PIC.TSV, BUMP: EIC.BUMP, FAU: FAU.OUTLINE}\n```\n\n");
        b.append("### Stack keys\n\n");
        keys(b, StackGrammar.TOP_KEYS);
        b.append("\n### Dies\n\nEach entry of `dies:` takes:\n\n");
        keys(b, StackGrammar.DIE_KEYS);
        b.append("\n### Placement\n\n")
                .append("A die's shapes go from die to package coordinates in this order: the die's database unit is\n")
                .append("scaled to the package's, then `flip` mirrors about the die's own y axis (x -> -x), then `rotate`\n")
                .append("turns counter-clockwise about the die origin, then `at` moves the origin. In KLayout terms:\n")
                .append("`DCplxTrans(1, rotate + (flip ? 180 : 0), flip, x, y)`. The package database unit is the smallest\n")
                .append("of the die files'; a die whose unit is not an integer multiple of it, and an `at` or a `shapes`\n")
                .append("coordinate off that grid, are errors, so placement is exact (no rounding). A die without a\n")
                .append("file (`shapes:`) is drawn in package µm directly (no `at`, `flip`, `rotate`, `cell`).\n\n");
        b.append("### Layers on a stack\n\n")
                .append("Every die layer is `DIE.NAME` in deck expressions and rule parameters (`PIC.TSV and EIC.OUTLINE`,\n")
                .append("`layer: EIC.BUMP`). `DIE.OUTLINE` always exists: the die's `OUTLINE` layer if its map names one,\n")
                .append("else the bounding box of its top cell (of its boxes for a `shapes` die). A die layer the file\n")
                .append("does not contain is empty. The stack's `layers:` map gives the deck's own layer names a die layer\n")
                .append("(`TSV: PIC.TSV`), so a deck written for a flat layout runs unchanged; deck layers it leaves out\n")
                .append("are empty, as a layer/datatype missing from a flat layout is. An unknown die or layer in\n")
                .append("`layers:` or in a deck's `DIE.NAME` is an error at that spot, with a \"did you mean\" hint.\n")
                .append("Package layer numbers (reports, assembled GDS) are 1/0, 2/0, ... in stack order, one per die layer.\n\n")
                .append("Inter-die checks read the dies themselves: `tier_order` compares tiers of overlapping dies.\n")
                .append("Reports add, per violation, each die whose OUTLINE it touches with the box in that die's own\n")
                .append("coordinates (µm) and file.\n");
        return b.toString();
    }

    private static void keys(StringBuilder b, List<DeckGrammar.Key> keys) {
        b.append("| key | required | meaning |\n|---|---|---|\n");
        for (DeckGrammar.Key k : keys) {
            b.append("| `").append(k.name()).append("` | ").append(k.required() ? "yes" : "no").append(" | ")
                    .append(k.doc().replace("|", "\\|")).append(" |\n");
        }
    }
}
