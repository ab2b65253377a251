package org.cpodrc.stack;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.cpodrc.deck.yaml.Scalar;
import org.cpodrc.deck.yaml.YamlFile;
import org.cpodrc.layout.LayerKey;
import org.cpodrc.layout.Layout;

/**
 * A stack file as written, validated for form but with no die file read yet (STACK-SPEC §1).
 * Values that can still be wrong once the die files are read (placement on the grid, layer
 * references) keep their located scalars, so the error points into the stack file.
 *
 * @param layers deck layer name → {@code DIE.NAME} as written
 */
public record StackFile(YamlFile yaml, Path path, String name, String description, String stack, List<Die> dies,
                        Map<String, Scalar> layers) {

    /**
     * One die as written.
     *
     * @param file   the layout file resolved against the stack file's folder, or null for a shapes-only die
     * @param at     placement in µm, exact, with the scalars for off-grid errors
     * @param shapes per layer name, boxes in package µm (x1, y1, x2, y2), for a die without a file
     * @param drawn  a layout drawn in memory in die coordinates (a deck test's inline die), placed like a
     *               file's; null otherwise
     */
    public record Die(Scalar name, Path file, Scalar fileScalar, String cell, Scalar cellScalar, String role, int tier,
                      BigDecimal[] at, Scalar[] atScalars, boolean flip, int rotate, Double thicknessUm,
                      Map<String, LayerKey> layers, Map<String, List<Box>> shapes, Layout drawn) {
        public String dieName() {
            return name.value();
        }
    }

    /** A box of a shapes-only die, in package µm, with its first coordinate's scalar for errors. */
    public record Box(BigDecimal[] um, Scalar where) {
    }
}
