package org.cpodrc.engine;

/**
 * Told as rules finish, for a progress display; called from the rule threads, so implementations
 * are thread-safe. Progress never changes results.
 */
public interface RunProgress {
    RunProgress NONE = new RunProgress() {
        @Override
        public void started(int rules) {
        }

        @Override
        public void ruleDone(String ruleId, int done, int total) {
        }

        @Override
        public void finished() {
        }
    };

    void started(int rules);

    /** {@code done} rules of {@code total} have finished, the last being {@code ruleId}. */
    void ruleDone(String ruleId, int done, int total);

    void finished();
}
