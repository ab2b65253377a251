package org.cpodrc.stack;

import java.util.List;
import java.util.regex.Pattern;

import org.cpodrc.deck.DeckGrammar.Key;

/**
 * The stack-file language's tables (STACK-SPEC §1): keys, their meaning, the allowed words. The
 * reader validates against these, and {@code cpodrc deck doc} and the JSON Schema are generated
 * from them, so the reference cannot drift.
 */
public final class StackGrammar {
    /** The top-level key that marks a YAML file as a stack file (also how the CLI tells it from a GDS file). */
    public static final String MARKER = "cpodrc-stack";

    public static final String FORMAT_VERSION = "1";

    /** The layer every die has: its OUTLINE layer if its map names one, else its top cell's bounding box. */
    public static final String OUTLINE = "OUTLINE";

    public static final List<Key> TOP_KEYS = List.of(
            new Key(MARKER, true, "stack format version; must be `1`"),
            new Key("name", true, "package name, shown in reports"),
            new Key("description", false, "one line about the package"),
            new Key("stack", false, "package stack: " + String.join(" | ", stacks())),
            new Key("dies", true, "list of dies, at least one (see Dies)"),
            new Key("layers", false, "deck layer name -> die layer `DIE.NAME`, so a deck written for one flat"
                    + " layout (`builtin:photonic-3d`) runs on the stack unchanged; deck layers left out are empty"));

    public static final List<Key> DIE_KEYS = List.of(
            new Key("name", true, "unique die name: letters, digits, `_`; decks address its layers as `NAME.LAYER`"),
            new Key("file", false, "the die's layout, relative to the stack file: GDSII or OASIS (`.gds`, `.oas`, optionally `.gz`; the content decides)"
                    + " (a die has either `file` or `shapes`)"),
            new Key("cell", false, "top cell of the die file (default: the file's only top cell)"),
            new Key("role", true, "what the die is: " + String.join(" | ", roles())),
            new Key("tier", true, "integer; 0 is the bottom, higher is above"),
            new Key("at", false, "`[x, y]` lengths (bare numbers are µm): where the die's own origin lands in"
                    + " package coordinates; default `[0, 0]`; must lie on the package grid"),
            new Key("flip", false, "`true`: face-down (flip-chip), mirrored about the die's own y axis (x -> -x)"
                    + " before rotating; default `false`"),
            new Key("rotate", false, "`0` (default), `90`, `180` or `270` degrees counter-clockwise about the die origin,"
                    + " after the flip and before `at`"),
            new Key("thickness", false, "die thickness (a length), for aspect-ratio rules"),
            new Key("layers", false, "`NAME: LAYER/DATATYPE` of the die file; a layer absent from the file is empty"),
            new Key("shapes", false, "for a part without a layout (FAU, lid): `NAME: [[x1, y1, x2, y2], ...]` boxes"
                    + " in package µm, per layer name"));

    /** Die and layer names. */
    public static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    private StackGrammar() {
    }

    public static List<String> stacks() {
        return List.of("photonic-3d", "fopop", "other");
    }

    public static List<String> roles() {
        return org.cpodrc.check.Assembly.ROLES;
    }

    public static List<Integer> rotations() {
        return List.of(0, 90, 180, 270);
    }

    static List<String> names(List<Key> keys) {
        return keys.stream().map(Key::name).toList();
    }
}
