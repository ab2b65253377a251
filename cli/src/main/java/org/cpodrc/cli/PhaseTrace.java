package org.cpodrc.cli;

import java.io.PrintStream;

/**
 * {@code -Dcpodrc.trace=phases}: where a run's start goes, one stderr line per phase with its
 * wall and process CPU milliseconds (all threads: JIT, GC, check workers). Off by default and then
 * nothing but one property read; it exists to measure the quick start (BENCHMARKS.md). The first
 * mark reads the JVM's own uptime, so the first line is the JVM start up to {@code main}.
 */
final class PhaseTrace {
    static final boolean ON = "phases".equals(System.getProperty("cpodrc.trace"));
    private static long wall;
    private static long cpu;

    private PhaseTrace() {
    }

    /** Ends the phase named, which began at the previous mark (the JVM's start for the first). */
    static void mark(String phase) {
        if (!ON) {
            return;
        }
        long w = System.nanoTime();
        long c = cpuNanos();
        PrintStream err = System.err;
        if (wall == 0) {
            // JMX only when tracing: its own loading is counted in this first line
            long up = java.lang.management.ManagementFactory.getRuntimeMXBean().getUptime();
            err.printf("cpodrc trace: %-22s wall %5d ms  cpu %5d ms%n", phase, up, c / 1_000_000);
        } else {
            err.printf("cpodrc trace: %-22s wall %5d ms  cpu %5d ms%n", phase, (w - wall) / 1_000_000,
                    (c - cpu) / 1_000_000);
        }
        wall = System.nanoTime();
        cpu = cpuNanos();
    }

    private static long cpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean()).getProcessCpuTime();
    }
}
