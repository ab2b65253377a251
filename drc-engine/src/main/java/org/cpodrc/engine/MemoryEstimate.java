package org.cpodrc.engine;

import java.util.Locale;

import org.cpodrc.InputException;

/**
 * What a check run needs of the Java heap, estimated from the number of flattened shapes before
 * any geometry is built, so a design too big for the heap is refused with advice instead of
 * dying late with an {@link OutOfMemoryError}. Measured: width and space over one million
 * rectangles fail with -Xmx1g and pass with -Xmx2g, so a shape is taken to cost 2,000 bytes.
 */
public final class MemoryEstimate {
    /** Heap one flattened shape costs while checking (see the class comment). */
    public static final long BYTES_PER_SHAPE = 2_000;
    /** Heap the program itself needs besides the shapes. */
    private static final long BASE_BYTES = 64L << 20;

    private MemoryEstimate() {
    }

    /** Bytes of heap a run over {@code shapes} flattened shapes needs, about. */
    public static long bytesFor(long shapes) {
        return shapes > (Long.MAX_VALUE - BASE_BYTES) / BYTES_PER_SHAPE ? Long.MAX_VALUE
                : BASE_BYTES + shapes * BYTES_PER_SHAPE;
    }

    /**
     * Refuses the run when it needs more than {@code maxHeap} bytes.
     *
     * @param design names the design in the message
     */
    public static void require(long shapes, long maxHeap, String design) {
        long need = bytesFor(shapes);
        if (need <= maxHeap) {
            return;
        }
        long suggestGb = Math.max(1, (need + (1L << 30) - 1) >> 30);
        throw new InputException(design + ": the top cells flatten into " + shapes + " shapes; checking them needs "
                + "about " + gb(need) + " of Java heap but the heap is " + gb(maxHeap) + ": raise -Xmx through "
                + "JAVA_OPTS (e.g. JAVA_OPTS=-Xmx" + suggestGb + "g), check one cell with --top, or give "
                + "--max-shapes N to try anyway");
    }

    /** "2.0 GB", "0.3 GB". */
    static String gb(long bytes) {
        return String.format(Locale.ROOT, "%.1f GB", bytes / (double) (1L << 30));
    }
}
