package org.cpodrc.deck.expr;

import java.util.List;

/** The functions an expression may call: the parser, the printer and the deck reference read this table. */
public enum ExprFunction {
    MERGED("merged", "overlapping and touching shapes of X joined; with N: only the areas covered by N or more"
            + " shapes of X (KLayout's merged(N), e.g. overlapping device outlines)", 1, ArgKind.LAYER, ArgKind.COUNT),
    HOLES("holes", "the holes of X's merged shapes, as shapes", ArgKind.LAYER),
    HULL("hull", "the convex hull of each merged shape of X", ArgKind.LAYER),
    BBOX("bbox", "the bounding box of each merged shape of X", ArgKind.LAYER),
    INTERACTING("interacting", "merged shapes of X that touch or overlap Y", ArgKind.LAYER, ArgKind.LAYER),
    NOT_INTERACTING("not_interacting", "merged shapes of X that neither touch nor overlap Y",
            ArgKind.LAYER, ArgKind.LAYER),
    INSIDE("inside", "merged shapes of X entirely inside Y (decided on the grid: a part outside that lies"
            + " within a grid pixel of a vertex does not count, as in KLayout)", ArgKind.LAYER, ArgKind.LAYER),
    NOT_INSIDE("not_inside", "merged shapes of X not entirely inside Y", ArgKind.LAYER, ArgKind.LAYER),
    OUTSIDE("outside", "merged shapes of X entirely outside Y (touching counts as outside; decided on the grid"
            + " as inside)", ArgKind.LAYER, ArgKind.LAYER),
    NOT_OUTSIDE("not_outside", "merged shapes of X that overlap Y (the same as overlapping)",
            ArgKind.LAYER, ArgKind.LAYER),
    OVERLAPPING("overlapping", "merged shapes of X that overlap Y (touching does not count)",
            ArgKind.LAYER, ArgKind.LAYER),
    NOT_OVERLAPPING("not_overlapping", "merged shapes of X that do not overlap Y (the same as outside)",
            ArgKind.LAYER, ArgKind.LAYER),
    RECTANGLES("rectangles", "merged shapes of X that are boxes (axis-parallel rectangles without holes, KLayout's"
            + " rectangles; a box touching another shape of X in a corner is joined with it, as in KLayout)", ArgKind.LAYER),
    NON_RECTANGLES("non_rectangles", "merged shapes of X that are not boxes (KLayout's non_rectangles)",
            ArgKind.LAYER),
    WITH_EDGE_LENGTH("with_edge_length", "merged shapes of X with at least one edge whose length, rounded to whole"
            + " database units as KLayout, is in [MIN, MAX) µm (MAX may be inf): KLayout's"
            + " X.interacting(X.edges.with_length(MIN, MAX)); `X not with_edge_length(X, 0, 10)` is the shapes whose"
            + " every edge is at least 10 µm (wide metal)", ArgKind.LAYER, ArgKind.LENGTH, ArgKind.LENGTH),
    WITH_AREA("with_area", "merged shapes of X with area in [MIN, MAX] µm² (MAX may be inf)",
            ArgKind.LAYER, ArgKind.AREA, ArgKind.AREA),
    WITH_TEXT("with_text", "merged shapes of X that contain or touch a TEXT label (on a `labels:` layer)"
            + " whose text matches the glob (`*` any run, `?` one character)", ArgKind.LAYER, ArgKind.GLOB);

    private final String keyword;
    private final String doc;
    private final List<ArgKind> args;
    private final int required;

    ExprFunction(String keyword, String doc, ArgKind... args) {
        this(keyword, doc, args.length, args);
    }

    /** A function whose arguments after the first {@code required} may be left out. */
    ExprFunction(String keyword, String doc, int required, ArgKind... args) {
        this.keyword = keyword;
        this.doc = doc;
        this.required = required;
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

    /** How many leading arguments must be given. */
    public int required() {
        return required;
    }

    /** As written in a deck, e.g. {@code with_area(X, AREA, AREA)}. */
    public String signature() {
        StringBuilder b = new StringBuilder(keyword).append('(');
        char name = 'X';
        for (int i = 0; i < args.size(); i++) {
            if (i == required) {
                b.append('[');
            }
            if (i > 0) {
                b.append(", ");
            }
            b.append(args.get(i) == ArgKind.LAYER ? String.valueOf(name++) : args.get(i) == ArgKind.AREA
                    || args.get(i) == ArgKind.LENGTH
                    ? (i == 1 ? "MIN" : "MAX") : args.get(i).placeholder());
        }
        return b.append(required < args.size() ? "])" : ")").toString();
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
