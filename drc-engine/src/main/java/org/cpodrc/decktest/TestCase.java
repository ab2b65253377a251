package org.cpodrc.decktest;

import java.util.Map;

import org.cpodrc.layout.Cell;
import org.cpodrc.layout.Layout;
import org.cpodrc.stack.Stack;

/**
 * One case of a deck test file.
 *
 * @param where    FILE:LINE:COL of the case
 * @param params   deck param overrides, as {@code --param NAME=VALUE} (in file order)
 * @param paramsAt FILE:LINE:COL of the params, to locate a bad override; null without params
 * @param layout   the layout: drawn inline or read from a GDSII file; null for a stack
 * @param top      the cell checked; null for a stack
 * @param stack    the multi-die stack checked (a stack file or one written inline), else null
 * @param expect   per rule id, in file order
 */
public record TestCase(String name, String where, Map<String, String> params, String paramsAt, Layout layout,
                       Cell top, Stack stack, Map<String, Expectation> expect) {
    public TestCase {
        params = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(params));
        expect = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(expect));
    }
}
