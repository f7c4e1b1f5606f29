package kz.socialservices.checker.engine.audit;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An attacker for the suppression tests, written apart from {@link CellSuppression}: given the
 * published cells and the sums that tie them, recompute every withheld cell that can be recomputed,
 * by exact rational elimination (no modular shortcut). Returns each recomputed cell with its value.
 */
final class Recomputation {

    private Recomputation() {
    }

    /** A cell's value as a fraction num/den. */
    private record Q(BigInteger num, BigInteger den) {
        static final Q ZERO = new Q(BigInteger.ZERO, BigInteger.ONE);

        static Q of(long v) {
            return new Q(BigInteger.valueOf(v), BigInteger.ONE);
        }

        Q norm() {
            if (num.signum() == 0) {
                return ZERO;
            }
            BigInteger g = num.gcd(den);
            BigInteger n = num.divide(g);
            BigInteger d = den.divide(g);
            return d.signum() < 0 ? new Q(n.negate(), d.negate()) : new Q(n, d);
        }

        Q minus(Q o) {
            return new Q(num.multiply(o.den).subtract(o.num.multiply(den)), den.multiply(o.den)).norm();
        }

        Q times(Q o) {
            return new Q(num.multiply(o.num), den.multiply(o.den)).norm();
        }

        Q over(Q o) {
            return new Q(num.multiply(o.den), den.multiply(o.num)).norm();
        }

        boolean zero() {
            return num.signum() == 0;
        }
    }

    /**
     * @param values  every cell's true value (the attacker reads only the published ones)
     * @param sums    each {total, part, part, ...}
     * @param withheld the cells not published
     */
    static Map<Integer, Long> recompute(List<Long> values, List<int[]> sums, BitSet withheld) {
        List<Integer> unknowns = withheld.stream().boxed().toList();
        Map<Integer, Integer> column = new LinkedHashMap<>();
        unknowns.forEach(u -> column.put(u, column.size()));
        int n = unknowns.size();
        List<Q[]> rows = new ArrayList<>();
        for (int[] sum : sums) {
            Q[] row = new Q[n + 1];
            java.util.Arrays.fill(row, Q.ZERO);
            boolean any = false;
            for (int i = 0; i < sum.length; i++) {
                long sign = i == 0 ? 1 : -1;
                if (withheld.get(sum[i])) {
                    row[column.get(sum[i])] = row[column.get(sum[i])].minus(Q.of(-sign));
                    any = true;
                } else {
                    row[n] = row[n].minus(Q.of(sign * values.get(sum[i]))); // published: moved to the right-hand side
                }
            }
            if (any) {
                rows.add(row);
            }
        }
        int rank = 0;
        int[] pivotOfRow = new int[rows.size()];
        for (int col = 0; col < n && rank < rows.size(); col++) {
            int found = -1;
            for (int r = rank; r < rows.size(); r++) {
                if (!rows.get(r)[col].zero()) {
                    found = r;
                    break;
                }
            }
            if (found < 0) {
                continue;
            }
            java.util.Collections.swap(rows, rank, found);
            Q[] p = rows.get(rank);
            Q lead = p[col];
            for (int k = 0; k <= n; k++) {
                p[k] = p[k].over(lead);
            }
            for (int r = 0; r < rows.size(); r++) {
                Q[] other = rows.get(r);
                if (r != rank && !other[col].zero()) {
                    Q f = other[col];
                    for (int k = 0; k <= n; k++) {
                        other[k] = other[k].minus(f.times(p[k]));
                    }
                }
            }
            pivotOfRow[rank] = col;
            rank++;
        }
        Map<Integer, Long> recomputed = new LinkedHashMap<>();
        for (int r = 0; r < rank; r++) {
            Q[] row = rows.get(r);
            int nonZero = 0;
            for (int k = 0; k < n; k++) {
                if (!row[k].zero()) {
                    nonZero++;
                }
            }
            if (nonZero == 1) {
                recomputed.put(unknowns.get(pivotOfRow[r]), row[n].num().divide(row[n].den()).longValueExact());
            }
        }
        return recomputed;
    }
}
