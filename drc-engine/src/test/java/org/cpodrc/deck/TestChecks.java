package org.cpodrc.deck;

import java.util.List;

import org.cpodrc.check.Check;
import org.cpodrc.check.CheckContext;
import org.cpodrc.check.ParamSpec;
import org.cpodrc.check.ParamType;
import org.cpodrc.check.ResultSink;
import org.cpodrc.check.Rule;

/**
 * Checks registered only for tests (META-INF/services in src/test): they declare parameters of
 * every {@link ParamType} so the loader's validation and conversion can be tested before the
 * real checks exist. Names start with "test_" so they never clash with real checks.
 */
public final class TestChecks {
    private TestChecks() {
    }

    /** A width-like check: one layer, one length. */
    public static final class Width implements Check {
        @Override
        public String name() {
            return "test_width";
        }

        @Override
        public String summary() {
            return "test check: a layer and a minimum length";
        }

        @Override
        public List<ParamSpec> parameters() {
            return List.of(ParamSpec.required("layer", ParamType.LAYER, "layer to check"),
                    ParamSpec.required("min", ParamType.LENGTH, "minimum width"));
        }

        @Override
        public void run(Rule rule, CheckContext context, ResultSink sink) {
            // the deck tests never run checks
        }
    }

    /** One parameter of every type, with defaults for the optional ones. */
    public static final class AllTypes implements Check {
        @Override
        public String name() {
            return "test_all_types";
        }

        @Override
        public String summary() {
            return "test check with a parameter of every type";
        }

        @Override
        public List<ParamSpec> parameters() {
            return List.of(
                    ParamSpec.required("layer", ParamType.LAYER, "a layer"),
                    ParamSpec.optional("length", ParamType.LENGTH, "2um", "a length"),
                    ParamSpec.optional("area", ParamType.AREA, "10", "an area"),
                    ParamSpec.optional("number", ParamType.NUMBER, "0.5", "a ratio"),
                    ParamSpec.optional("integer", ParamType.INTEGER, "3", "a count"),
                    ParamSpec.optional("angle", ParamType.ANGLE, "90", "an angle"),
                    ParamSpec.optional("flag", ParamType.BOOLEAN, "false", "a flag"),
                    ParamSpec.optional("text", ParamType.STRING, null, "some text"),
                    ParamSpec.choice("metric", "euclidian", "distance metric", "euclidian", "square", "projection"),
                    ParamSpec.optional("limits", ParamType.LENGTH_RANGE, "[0, 1mm]", "a range"),
                    ParamSpec.optional("rate", ParamType.RATE, "200Gbps", "a rate"),
                    ParamSpec.optional("target", ParamType.DENSITY_OR_TARGET, "chiplet-3tbps", "a target"));
        }

        @Override
        public void run(Rule rule, CheckContext context, ResultSink sink) {
            // the deck tests never run checks
        }
    }
}
