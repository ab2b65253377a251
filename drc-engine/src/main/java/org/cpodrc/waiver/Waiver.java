package org.cpodrc.waiver;

import java.time.LocalDate;
import java.util.regex.Pattern;

import org.cpodrc.check.Violation;

/**
 * One entry of a waiver file (DECK-SPEC §8), validated.
 *
 * @param rule    rule id or glob ({@code *} any run of characters, {@code ?} one character)
 * @param bboxUm  x1, y1, x2, y2 in µm with x1 &lt;= x2 and y1 &lt;= y2, or null for anywhere
 * @param cell    cell name, or null for any cell
 * @param expires first day on which the waiver no longer waives, or null for never
 * @param source  {@code FILE:LINE} of the entry, for reports and messages
 */
public record Waiver(String rule, double[] bboxUm, String cell, String reason, String owner, LocalDate expires,
                     String source) {
    /** Slack for comparing a violation's box (dbu × dbu_um, a binary fraction) with decimal µm in the file. */
    private static final double EPS_UM = 1e-9;

    public Waiver {
        bboxUm = bboxUm == null ? null : bboxUm.clone();
    }

    @Override
    public double[] bboxUm() {
        return bboxUm == null ? null : bboxUm.clone();
    }

    /** Whether the waiver is past its date on {@code today}. */
    public boolean expiredOn(LocalDate today) {
        return expires != null && !today.isBefore(expires);
    }

    /** Whether the violation falls under this waiver: rule matches, cell matches, bbox inside. */
    public boolean matches(Violation v, double dbuUm) {
        if (!globPattern(rule).matcher(v.rule()).matches()) {
            return false;
        }
        if (cell != null && !cell.equals(v.cell())) {
            return false;
        }
        if (bboxUm != null) {
            return v.x1() * dbuUm >= bboxUm[0] - EPS_UM && v.y1() * dbuUm >= bboxUm[1] - EPS_UM
                    && v.x2() * dbuUm <= bboxUm[2] + EPS_UM && v.y2() * dbuUm <= bboxUm[3] + EPS_UM;
        }
        return true;
    }

    /** A glob as a regex: {@code *} and {@code ?} are wildcards, everything else literal. */
    static Pattern globPattern(String glob) {
        StringBuilder re = new StringBuilder();
        StringBuilder literal = new StringBuilder();
        for (char c : glob.toCharArray()) {
            if (c == '*' || c == '?') {
                if (literal.length() > 0) {
                    re.append(Pattern.quote(literal.toString()));
                    literal.setLength(0);
                }
                re.append(c == '*' ? ".*" : ".");
            } else {
                literal.append(c);
            }
        }
        if (literal.length() > 0) {
            re.append(Pattern.quote(literal.toString()));
        }
        return Pattern.compile(re.toString(), Pattern.DOTALL);
    }
}
