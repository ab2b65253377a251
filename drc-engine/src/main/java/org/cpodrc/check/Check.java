package org.cpodrc.check;

import java.util.List;

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

    /** Runs one rule of this check. */
    void run(Rule rule, CheckContext context, ResultSink sink);
}
