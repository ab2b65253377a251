package org.cpodrc.report;

import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleFunction;

/** One metric field as a table cell, shared by the text and HTML metric tables. */
final class MetricCell {
    private MetricCell() {
    }

    /**
     * @param absent what a missing field shows
     * @param number how the report writes a number (each report has its own way to show NaN)
     */
    static String format(Object v, String absent, DoubleFunction<String> number) {
        if (v == null) {
            return absent;
        }
        if (v instanceof Double d) {
            return number.apply(d);
        }
        if (v instanceof double[] a) {
            List<String> parts = new ArrayList<>();
            for (double d : a) {
                parts.add(number.apply(d));
            }
            return "[" + String.join(", ", parts) + "]";
        }
        return String.valueOf(v);
    }
}
