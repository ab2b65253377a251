package org.cpodrc.decktest;

import java.util.Map;

import org.cpodrc.layout.Cell;
import org.cpodrc.layout.Layout;

/**
 * One case of a deck test file.
 *
 * @param where    FILE:LINE:COL of the case
 * @param params   deck param overrides, as {@code --param NAME=VALUE} (in file order)
 * @param paramsAt FILE:LINE:COL of the params, to locate a bad override; null without params
 * @param layout   the layout: drawn inline or read from a GDSII file
 * @param top      the cell checked
 * @param expect   per rule id, in file order
 */
public record TestCase(String name, String where, Map<String, String> params, String paramsAt, Layout layout,
                       Cell top, Map<String, Expectation> expect) {
    public TestCase {
        params = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(params));
        expect = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(expect));
    }
}
