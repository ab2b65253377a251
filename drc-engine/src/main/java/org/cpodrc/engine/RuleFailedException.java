package org.cpodrc.engine;

/** A check failed with an unexpected exception (a bug, not bad input): names the rule and check. */
public final class RuleFailedException extends RuntimeException {
    public RuleFailedException(String ruleId, String check, Throwable cause) {
        super("rule " + ruleId + " (check " + check + ") failed: " + cause, cause);
    }
}
