package org.cpodrc.cli;

import java.io.PrintStream;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import java.util.Locale;
import java.util.Map;
import java.util.function.IntConsumer;

import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;

import com.sun.management.GarbageCollectionNotificationInfo;

/**
 * Ends a run whose heap is exhausted before the collector gives up. When the live data nearly
 * fill the old generation, the serial and G1 collectors run one full collection after another,
 * each freeing a little, for minutes before an {@link OutOfMemoryError} (measured: one million
 * rectangles with seven million violations under -Xmx1g, 300 s of collections, then the error;
 * under -Xmx512m the serial collector's full collections left 3 to 8 % free, then none).
 * HotSpot's own "GC overhead limit" exists only for the parallel collector. This watch listens to
 * the collectors' notifications and, at the {@value #FULL_IN_A_ROW}th major collection in a row
 * that leaves less than {@value #FREE_PERCENT} % of the old generation free, prints the line an
 * {@code OutOfMemoryError} prints ({@link Main#outOfMemoryLine()}) and exits with
 * {@link Main#EXIT_MEMORY}; the shutdown hook removes temporary reports, so no report is
 * committed, as after the error. A major collection that frees more resets the count: a run whose
 * peak only touches the limit goes on.
 */
final class HeapWatch {
    /** The old generation's free share after a major collection below which that collection counts. */
    static final int FREE_PERCENT = 10;
    /** Major collections in a row that must each leave less than that free. */
    static final int FULL_IN_A_ROW = 5;

    private final IntConsumer exit;
    private final PrintStream err;
    private int inARow;

    HeapWatch(PrintStream err, IntConsumer exit) {
        this.err = err;
        this.exit = exit;
    }

    /** {@link #install} after one second (a daemon thread's body: the quick start never pays for it). */
    static void installAfterASecond() {
        try {
            Thread.sleep(1000);
        } catch (InterruptedException e) {
            return;
        }
        install();
    }

    /** Watches this JVM's collectors for the rest of the process (the command line's {@code main}). */
    static void install() {
        HeapWatch watch = new HeapWatch(System.err, System::exit);
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (gc instanceof NotificationEmitter emitter) {
                emitter.addNotificationListener((n, handback) -> watch.notified(n), null, null);
            }
        }
    }

    private void notified(Notification n) {
        if (GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(n.getType())) {
            GarbageCollectionNotificationInfo info = GarbageCollectionNotificationInfo.from((CompositeData) n.getUserData());
            collected(info.getGcAction().contains("major"), info.getGcInfo().getMemoryUsageAfterGc());
        }
    }

    /**
     * One collection ended: {@code major} says whether it collected the old generation, {@code after}
     * holds each memory pool's usage after it. Exits at the limit.
     */
    synchronized void collected(boolean major, Map<String, MemoryUsage> after) {
        if (!major) {
            return;
        }
        MemoryUsage old = null;
        for (Map.Entry<String, MemoryUsage> e : after.entrySet()) {
            String name = e.getKey().toLowerCase(Locale.ROOT);
            if (name.contains("old") || name.contains("tenured")) {
                old = e.getValue();
            }
        }
        if (old == null || old.getMax() <= 0) {
            return;
        }
        if ((old.getMax() - old.getUsed()) * 100 >= FREE_PERCENT * old.getMax()) {
            inARow = 0;
            return;
        }
        if (++inARow == FULL_IN_A_ROW) {
            err.println(Main.outOfMemoryLine());
            err.flush();
            exit.accept(Main.EXIT_MEMORY);
        }
    }
}
