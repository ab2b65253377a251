package org.cpodrc.deck.expr;

import java.util.List;

/** The functions an expression may call: the parser, the printer and the deck reference read this table. */
public enum ExprFunction {
    MERGED("merged", "overlapping and touching shapes of X joined", ArgKind.LAYER),
    HOLES("holes", "the holes of X's merged shapes, as shapes", ArgKind.LAYER),
    HULL("hull", "the convex hull of each merged shape of X", ArgKind.LAYER),
    BBOX("bbox", "the bounding box of each merged shape of X", ArgKind.LAYER),
    INTERACTING("interacting", "merged shapes of X that touch or overlap Y", ArgKind.LAYER, ArgKind.LAYER),
    INSIDE("inside", "merged shapes of X entirely inside Y", ArgKind.LAYER, ArgKind.LAYER),
    OUTSIDE("outside", "merged shapes of X entirely outside Y (touching counts as outside)",
            ArgKind.LAYER, ArgKind.LAYER),
    WITH_AREA("with_area", "merged shapes of X with area in [MIN, MAX] µm² (MAX may be inf)",
            ArgKind.LAYER, ArgKind.AREA, ArgKind.AREA),
    WITH_TEXT("with_text", "merged shapes of X that contain or touch a TEXT label (on a `labels:` layer)"
            + " whose text matches the glob (`*` any run, `?` one character)", ArgKind.LAYER, ArgKind.GLOB);

    private final String keyword;
    private final String doc;
    private final List<ArgKind> args;

    ExprFunction(String keyword, String doc, ArgKind... args) {
        this.keyword = keyword;
        this.doc = doc;
        this.args = List.of(args);
    }

    public String keyword() {
        return keyword;
    }

    public String doc() {
        return doc;
    }

    public List<ArgKind> args() {
        return args;
    }

    /** As written in a deck, e.g. {@code with_area(X, AREA, AREA)}. */
    public String signature() {
        StringBuilder b = new StringBuilder(keyword).append('(');
        char name = 'X';
        for (int i = 0; i < args.size(); i++) {
            if (i > 0) {
                b.append(", ");
            }
            b.append(args.get(i) == ArgKind.LAYER ? String.valueOf(name++) : args.get(i) == ArgKind.AREA
                    ? (i == 1 ? "MIN" : "MAX") : args.get(i).placeholder());
        }
        return b.append(')').toString();
    }

    static ExprFunction ofKeyword(String word) {
        for (ExprFunction f : values()) {
            if (f.keyword.equals(word)) {
                return f;
            }
        }
        return null;
    }

    static List<String> keywords() {
        return java.util.Arrays.stream(values()).map(ExprFunction::keyword).toList();
    }
}
