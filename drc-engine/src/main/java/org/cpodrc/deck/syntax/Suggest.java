package org.cpodrc.deck.syntax;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/** "Did you mean" hints: the closest known word by Levenshtein distance, if it is close enough. */
public final class Suggest {
    private Suggest() {
    }

    /** The candidate closest to word, if within about a third of its length (at least 1, at most 3 edits; a swap of neighbours is 1). */
    public static Optional<String> closest(String word, Collection<String> candidates) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        int bestExact = Integer.MAX_VALUE;
        for (String c : candidates) {
            int d = distance(word.toLowerCase(Locale.ROOT), c.toLowerCase(Locale.ROOT));
            // ties go to the candidate closest with case (units: Gbps versus GB/s), then alphabetical
            int exact = distance(word, c);
            if (d < bestDistance || d == bestDistance && (exact < bestExact
                    || exact == bestExact && c.compareTo(best) < 0)) {
                best = c;
                bestDistance = d;
                bestExact = exact;
            }
        }
        int limit = Math.min(3, Math.max(1, (word.length() + 1) / 3));
        // replacing every character of the word is no hint
        return best != null && bestDistance <= limit && bestDistance < word.length() ? Optional.of(best) : Optional.empty();
    }

    /** "; did you mean 'x'?" or "" when nothing is close. */
    public static String hint(String word, Collection<String> candidates) {
        return closest(word, candidates).map(c -> "; did you mean '" + c + "'?").orElse("");
    }

    /**
     * Levenshtein edit distance (insert, delete, substitute each cost 1), with a swap of two
     * neighbouring characters also costing 1 (optimal string alignment), the commonest typo.
     */
    public static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
