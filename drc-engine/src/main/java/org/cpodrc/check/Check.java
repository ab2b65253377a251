package org.cpodrc.check;

import java.util.List;
import java.util.OptionalLong;

/**
 * One kind of check ({@code width}, {@code space}, {@code fiber_array}, ...). Implementations are
 * stateless and found through {@link java.util.ServiceLoader}, so a plugin jar can add checks.
 * A check reads its layers from the {@link CheckContext} and reports through the sink; it never
 * sorts or deduplicates (the engine does, so results are independent of thread count).
 */
public interface Check {
    /** The name used in decks ({@code check: width}). */
    String name();

    /** One sentence for {@code cpodrc deck doc}: what the check flags. */
    String summary();

    /** The parameters a rule of this check accepts (besides id, check, severity, description, message, enabled). */
    List<ParamSpec> parameters();

    /**
     * For tiled evaluation ({@code org.cpodrc.engine.tile}): how far, in database units, the
     * edges that decide a violation may lie from any point of its marker, when the check is
     * local. The engine tiles {@link EdgePairCheck}s that declare one. Empty (the default) for
     * checks that need whole layers (counts, density, arrays, pitch): the engine runs them untiled.
     */
    default OptionalLong reach(Rule rule, CheckContext context) {
        return OptionalLong.empty();
    }

    /** Runs one rule of this check. */
    void run(Rule rule, CheckContext context, ResultSink sink);
}
