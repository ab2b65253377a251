package org.cpodrc.check;

/** Where a check reports; implementations are thread-safe. */
public interface ResultSink {
    void violation(Violation v);

    void metric(Metric m);
}
