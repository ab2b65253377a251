package org.cpodrc.check.packaging;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.PriorityQueue;
import java.util.Set;

/**
 * Groups positions into 1D arrays: straight chains of neighbours at most {@code maxGap} apart.
 *
 * <p>Definition. Two positions are <em>neighbours</em> when their distance d satisfies
 * 0 &lt; d ≤ maxGap (1.5 × pitch). A <em>chain</em> grows from a seed pair of neighbours (a, b):
 * at either end e it appends the nearest unassigned neighbour k of e whose step e→k points
 * within {@code maxAngle} of the chain's chord (first→last position, pointing outwards), and
 * repeats until neither end grows. The chord, not the last step, is the reference so a single
 * off-line fiber stays in its array (and is reported by the collinearity check) instead of
 * splitting it. Seeds are taken in index order, skipping pairs that are already consecutive
 * in a chain grown before.
 *
 * <p>Arrays are taken greedily: the longest chain first (ties: smaller total length, then the
 * smaller sequence of position indices), its positions are removed, chains touching them are
 * regrown among the remaining positions from each run of links whose ends are both left, and
 * so on. So a 2 × 12 ferrule gives two rows of 12 rather than columns of 2, and two staggered coupler columns (RingMZI) give two
 * columns even though a fiber's nearest neighbour may sit in the other column. Positions left
 * over are arrays of one. Positions are ordered along each array from the end that comes first
 * in (x, y) order; arrays are sorted by their first position. The result is deterministic and
 * does not depend on the input order. An instance holds scratch state: one per thread.
 */
final class ArrayGrouper {
    private final double maxGap;
    private final double cosLimit;
    /** mark[i] == stamp: position i is in the chain being grown (saves clearing an array per chain). */
    private int[] mark;
    private int stamp;

    /**
     * @param maxGap   largest centre distance (dbu) of two neighbours in an array
     * @param maxAngle largest angle (degrees) between a step and the chain's chord
     */
    ArrayGrouper(double maxGap, double maxAngle) {
        this.maxGap = maxGap;
        this.cosLimit = Math.cos(Math.toRadians(maxAngle));
    }

    List<List<Port>> group(List<Port> input) {
        List<Port> ports = new ArrayList<>(input);
        ports.sort(Port::compareByPosition);
        int n = ports.size();
        int[][] neighbours = neighbours(ports);
        boolean[] assigned = new boolean[n];

        // One chain per seed pair, except pairs already consecutive in a chain grown before: they
        // would grow (nearly always) the same chain again, and a 1D array of n would cost n² steps.
        mark = new int[n];
        stamp = 0;
        PriorityQueue<Chain> queue = new PriorityQueue<>(Chain.BEST_FIRST);
        Set<Long> covered = new HashSet<>();
        for (int a = 0; a < n; a++) {
            for (int b : neighbours[a]) {
                if (a < b && !covered.contains((long) a * n + b)) {
                    Chain c = grow(a, b, ports, neighbours, assigned);
                    for (int i = 1; i < c.members.length; i++) {
                        int p = c.members[i - 1];
                        int q = c.members[i];
                        covered.add((long) Math.min(p, q) * n + Math.max(p, q));
                    }
                    queue.add(c);
                }
            }
        }
        List<int[]> arrays = new ArrayList<>();
        while (!queue.isEmpty()) {
            Chain c = queue.poll();
            if (c.isFree(assigned)) {
                for (int i : c.members) {
                    assigned[i] = true;
                }
                arrays.add(c.members);
            } else {
                // regrow among the remaining positions from each run of its links still free (its
                // seed may be taken, and seeds inside it were skipped above)
                Set<Integer> regrown = new HashSet<>();
                for (int i = 1; i < c.members.length; i++) {
                    int p = c.members[i - 1];
                    int q = c.members[i];
                    if (!assigned[p] && !assigned[q] && !regrown.contains(p)) {
                        Chain r = grow(p, q, ports, neighbours, assigned);
                        for (int m : r.members) {
                            regrown.add(m);
                        }
                        queue.add(r);
                    }
                }
            }
        }
        for (int i = 0; i < n; i++) {
            if (!assigned[i]) {
                arrays.add(new int[] {i});
            }
        }

        List<List<Port>> out = new ArrayList<>();
        for (int[] members : arrays) {
            List<Port> list = new ArrayList<>();
            for (int i : members) {
                list.add(ports.get(i));
            }
            if (Port.compareByPosition(list.get(0), list.get(list.size() - 1)) > 0) {
                Collections.reverse(list);
            }
            out.add(list);
        }
        out.sort((p, q) -> Port.compareByPosition(p.get(0), q.get(0)));
        return out;
    }

    /** Neighbour indices of each position, nearest first (ties by index); found by a sweep in x. */
    private int[][] neighbours(List<Port> ports) {
        int n = ports.size();
        List<List<Integer>> lists = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            lists.add(new ArrayList<>());
        }
        for (int i = 0; i < n; i++) {
            Port p = ports.get(i);
            for (int j = i + 1; j < n && ports.get(j).x() - p.x() <= maxGap; j++) {
                double d = p.distance(ports.get(j));
                if (d > 0 && d <= maxGap) {
                    lists.get(i).add(j);
                    lists.get(j).add(i);
                }
            }
        }
        int[][] out = new int[n][];
        for (int i = 0; i < n; i++) {
            Port p = ports.get(i);
            out[i] = lists.get(i).stream()
                    .sorted(Comparator.<Integer>comparingDouble(j -> p.distance(ports.get(j))).thenComparing(j -> j))
                    .mapToInt(Integer::intValue).toArray();
        }
        return out;
    }

    private Chain grow(int a, int b, List<Port> ports, int[][] neighbours, boolean[] assigned) {
        Deque<Integer> chain = new ArrayDeque<>();
        chain.add(a);
        chain.add(b);
        stamp++;
        mark[a] = stamp;
        mark[b] = stamp;
        boolean grown = true;
        while (grown) {
            grown = false;
            int next = step(chain.peekLast(), chain.peekFirst(), ports, neighbours, assigned);
            if (next >= 0) {
                chain.addLast(next);
                mark[next] = stamp;
                grown = true;
            }
            int prev = step(chain.peekFirst(), chain.peekLast(), ports, neighbours, assigned);
            if (prev >= 0) {
                chain.addFirst(prev);
                mark[prev] = stamp;
                grown = true;
            }
        }
        int[] members = chain.stream().mapToInt(Integer::intValue).toArray();
        double length = 0;
        for (int i = 1; i < members.length; i++) {
            length += ports.get(members[i - 1]).distance(ports.get(members[i]));
        }
        return new Chain(members, length);
    }

    /** The next position beyond {@code end}, continuing the chord from {@code other} to {@code end}; -1 if none. */
    private int step(int end, int other, List<Port> ports, int[][] neighbours, boolean[] assigned) {
        Port e = ports.get(end);
        Port o = ports.get(other);
        double chord = o.distance(e);
        double ux = (e.x() - o.x()) / chord;
        double uy = (e.y() - o.y()) / chord;
        for (int k : neighbours[end]) {
            if (assigned[k] || mark[k] == stamp) {
                continue;
            }
            Port p = ports.get(k);
            double d = e.distance(p);
            double cos = ((p.x() - e.x()) * ux + (p.y() - e.y()) * uy) / d;
            if (cos >= cosLimit) {
                return k;
            }
        }
        return -1;
    }

    /** A candidate array: its members in line order and its total length. */
    private record Chain(int[] members, double length) {
        static final Comparator<Chain> BEST_FIRST = Comparator.<Chain>comparingInt(c -> -c.members.length)
                .thenComparingDouble(Chain::length)
                .thenComparing(Chain::canonical, Arrays::compare);

        boolean isFree(boolean[] assigned) {
            for (int i : members) {
                if (assigned[i]) {
                    return false;
                }
            }
            return true;
        }

        /** Members in the direction that starts with the smaller index, for a tie-break independent of the seed. */
        int[] canonical() {
            if (members[0] <= members[members.length - 1]) {
                return members;
            }
            int[] r = new int[members.length];
            for (int i = 0; i < r.length; i++) {
                r[i] = members[members.length - 1 - i];
            }
            return r;
        }
    }
}
