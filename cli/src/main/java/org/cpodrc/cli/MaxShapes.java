package org.cpodrc.cli;

import org.cpodrc.flatten.Flattener;

import picocli.CommandLine;

/** {@code --max-shapes N}: a count, or {@code auto} (the default) for what the heap holds. */
final class MaxShapes implements CommandLine.ITypeConverter<Long> {
    static final String AUTO = "auto";

    @Override
    public Long convert(String value) {
        if (AUTO.equals(value)) {
            return Flattener.defaultMaxShapes();
        }
        try {
            long n = Long.parseLong(value.replace("_", ""));
            if (n < 1) {
                throw new CommandLine.TypeConversionException("must be at least 1, not " + value);
            }
            return n;
        } catch (NumberFormatException e) {
            throw new CommandLine.TypeConversionException("expected a whole number or 'auto', not '" + value + "'");
        }
    }
}
