package kz.socialservices.checker.engine.audit;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.Set;

/**
 * Small-cell suppression over linked tables of counts: which cells to withhold so that no withheld
 * cell can be recomputed from the published ones.
 *
 * <p>Cells are counts; sums tie them together (a row's total of its verdicts, a region's total of its
 * centres, the national total of the regions). The sensitive cells (figures about too few cases) are
 * withheld first. Then, while a withheld cell could be recomputed, another one is withheld beside it:
 * <ol>
 * <li>a sum with exactly one withheld member gives it away (the total minus the published parts), so
 *     a second member of that sum is withheld;</li>
 * <li>several sums together can still give a cell away (a chain of rows and columns, a triangle of
 *     totals); so the sums, reduced to their withheld members, are solved as a linear system, and a
 *     cell the system determines gets a complement in a sum around it.</li>
 * </ol>
 * A complement is the smallest positive published member (ties: the first added), so that as little as
 * possible is lost and it is not a zero an attacker could guess. The result is checked by the same
 * linear system that drove it: no withheld cell is determined by the published ones, except a cell the
 * sums force to zero by their shape alone (withholding more could not hide it).
 */
public final class CellSuppression {

    /** Determinacy is decided modulo this prime: exact for the small coefficients of sums (see {@link #determined}). */
    private static final long PRIME = 2_147_483_647L;

    private final List<Long> values = new ArrayList<>();
    private final List<Integer> costs = new ArrayList<>();
    private final BitSet sensitive = new BitSet();
    private final List<int[]> sums = new ArrayList<>(); // [total, part, part, ...]
    private final List<List<Integer>> sumsOfCell = new ArrayList<>();

    /** Adds a cell; {@code sensitive} cells are withheld whatever else happens. Returns its id. */
    public int cell(long value, boolean isSensitive) {
        return cell(value, isSensitive, 0);
    }

    /**
     * Adds a cell that costs {@code cost} to lose: among the complements a sum could take, the cheapest
     * is withheld (e.g. a pending count before a compliance rate's inputs). Returns its id.
     */
    public int cell(long value, boolean isSensitive, int cost) {
        if (value < 0) {
            throw new IllegalArgumentException("a count cannot be negative");
        }
        int id = values.size();
        values.add(value);
        costs.add(cost);
        sumsOfCell.add(new ArrayList<>(2));
        if (isSensitive) {
            sensitive.set(id);
        }
        return id;
    }

    /** Says that {@code total} is the sum of {@code parts} (as published beside each other). */
    public void sum(int total, List<Integer> parts) {
        if (parts.isEmpty()) {
            throw new IllegalArgumentException("a sum needs at least one part");
        }
        if (!addsUp(total, parts)) {
            throw new IllegalArgumentException("cell " + total + " is not the sum of its parts");
        }
        int[] members = new int[parts.size() + 1];
        members[0] = total;
        for (int i = 0; i < parts.size(); i++) {
            members[i + 1] = parts.get(i);
        }
        int index = sums.size();
        sums.add(members);
        for (int m : members) {
            sumsOfCell.get(m).add(index);
        }
    }

    public int cells() {
        return values.size();
    }

    public long value(int cell) {
        return values.get(cell);
    }

    /** Whether {@code total} holds exactly the sum of {@code parts} (a count of distinct cases need not). */
    public boolean addsUp(int total, List<Integer> parts) {
        long added = 0;
        for (int p : parts) {
            added += values.get(p);
        }
        return added == values.get(total);
    }

    /** The cells to withhold: the sensitive ones and their complements. */
    public BitSet suppress() {
        BitSet withheld = (BitSet) sensitive.clone();
        Set<Integer> unprotectable = new HashSet<>();
        while (true) {
            completeSingletons(withheld);
            List<Integer> exposed = new ArrayList<>();
            determined(withheld).stream().filter(c -> !unprotectable.contains(c)).forEach(exposed::add);
            if (exposed.isEmpty()) {
                return withheld;
            }
            for (int cell : exposed) {
                int complement = complementNear(cell, withheld);
                if (complement < 0) {
                    unprotectable.add(cell); // forced to zero by the sums' shape: nothing published reveals more
                } else {
                    withheld.set(complement);
                }
            }
        }
    }

    /** Step 1: no sum may have exactly one withheld member. */
    private void completeSingletons(BitSet withheld) {
        ArrayDeque<Integer> queue = new ArrayDeque<>();
        withheld.stream().forEach(c -> queue.addAll(sumsOfCell.get(c)));
        while (!queue.isEmpty()) {
            int index = queue.poll();
            if (withheldIn(sums.get(index), withheld) == 1) {
                int complement = bestCovering(index, withheld);
                if (complement >= 0) {
                    withheld.set(complement);
                    queue.addAll(sumsOfCell.get(complement));
                }
            }
        }
    }

    private static int withheldIn(int[] sum, BitSet withheld) {
        int count = 0;
        for (int m : sum) {
            if (withheld.get(m)) {
                count++;
            }
        }
        return count;
    }

    /**
     * The complement for a sum with one withheld member: the best published member (see {@link #better}),
     * and among equals one that also lies in another such sum (one cell then covers both, as the corner
     * of a rectangle does).
     */
    private int bestCovering(int index, BitSet withheld) {
        int chosen = -1;
        boolean chosenCovers = false;
        for (int m : sums.get(index)) {
            if (withheld.get(m)) {
                continue;
            }
            boolean covers = false;
            for (int other : sumsOfCell.get(m)) {
                if (other != index && withheldIn(sums.get(other), withheld) == 1) {
                    covers = true;
                    break;
                }
            }
            boolean wins;
            if (chosen < 0) {
                wins = true;
            } else if (rank(m) != rank(chosen)) {
                wins = rank(m) < rank(chosen);
            } else if (covers != chosenCovers) {
                wins = covers;
            } else {
                wins = better(m, chosen);
            }
            if (wins) {
                chosen = m;
                chosenCovers = covers;
            }
        }
        return chosen;
    }

    /** Positive before zero, then cheaper: what covering a second sum does not outweigh. */
    private long rank(int cell) {
        return (values.get(cell) > 0 ? 0L : 1L << 32) + costs.get(cell);
    }

    /** The published member of a sum to withhold: the smallest positive value, else a zero; -1 if none is published. */
    private int best(int[] sum, BitSet withheld) {
        int chosen = -1;
        for (int m : sum) {
            if (!withheld.get(m) && (chosen < 0 || better(m, chosen))) {
                chosen = m;
            }
        }
        return chosen;
    }

    /** A positive value before a zero (an attacker could guess a zero), then the cheaper, then the smaller. */
    private boolean better(int a, int b) {
        long va = values.get(a);
        long vb = values.get(b);
        if ((va > 0) != (vb > 0)) {
            return va > 0;
        }
        int ca = costs.get(a);
        int cb = costs.get(b);
        if (ca != cb) {
            return ca < cb;
        }
        return va != vb ? va < vb : a < b;
    }

    /**
     * A complement for a determined cell: the best published member of the sums around it, or, when
     * they are all withheld, of the sums around the withheld cells they reach (nearest first); -1 when
     * no sum it is linked to has a published member.
     */
    private int complementNear(int cell, BitSet withheld) {
        Set<Integer> seenCells = new HashSet<>(List.of(cell));
        Set<Integer> seenSums = new HashSet<>();
        List<Integer> frontier = List.of(cell);
        while (!frontier.isEmpty()) {
            int chosen = -1;
            List<Integer> next = new ArrayList<>();
            for (int c : frontier) {
                for (int s : sumsOfCell.get(c)) {
                    if (!seenSums.add(s)) {
                        continue;
                    }
                    int candidate = best(sums.get(s), withheld);
                    if (candidate >= 0 && (chosen < 0 || better(candidate, chosen))) {
                        chosen = candidate;
                    }
                    for (int m : sums.get(s)) {
                        if (withheld.get(m) && seenCells.add(m)) {
                            next.add(m);
                        }
                    }
                }
            }
            if (chosen >= 0) {
                return chosen;
            }
            frontier = next;
        }
        return -1;
    }

    /**
     * Step 2: the withheld cells the published ones determine. Each sum, its published members moved
     * to the constant side, is a linear equation in the withheld cells; a cell is determined when the
     * equations' row space holds it alone. The rows are brought to reduced echelon form modulo a large
     * prime: the coefficients of sums are 0 and ±1, so a reduction that only a multiple of the prime
     * would spoil is not a risk worth rational arithmetic here (and it could only withhold a cell more,
     * never publish one).
     */
    List<Integer> determined(BitSet withheld) {
        // withheld cells numbered 0..n-1 in id order: cells of one row and group lie together, which keeps the fill low
        int[] column = new int[values.size()];
        List<Integer> cellOf = new ArrayList<>();
        withheld.stream().forEach(c -> {
            column[c] = cellOf.size();
            cellOf.add(c);
        });
        List<Row> equations = new ArrayList<>();
        for (int[] sum : sums) {
            Map<Integer, Long> coefficients = new TreeMap<>();
            for (int i = 0; i < sum.length; i++) {
                if (withheld.get(sum[i])) {
                    coefficients.merge(column[sum[i]], i == 0 ? 1L : PRIME - 1, (a, b) -> (a + b) % PRIME);
                }
            }
            coefficients.values().removeIf(v -> v == 0);
            if (!coefficients.isEmpty()) {
                equations.add(Row.of(coefficients));
            }
        }
        equations.sort(java.util.Comparator.comparingInt(r -> r.columns.length)); // short rows first: less fill
        Row[] pivotRow = new Row[cellOf.size()];
        for (Row equation : equations) {
            Row row = equation;
            while (row.columns.length > 0 && pivotRow[row.columns[0]] != null) {
                row = row.minus(row.values[0], pivotRow[row.columns[0]]); // the pivot row leads with 1
            }
            if (row.columns.length > 0) {
                pivotRow[row.columns[0]] = row.scaled(power(row.values[0], PRIME - 2));
            }
        }
        // back-substitution, from the last pivot up: each row keeps its pivot and no other pivot's column
        for (int p = pivotRow.length - 1; p >= 0; p--) {
            Row row = pivotRow[p];
            if (row == null) {
                continue;
            }
            for (int k = 1; k < row.columns.length; ) {
                int c = row.columns[k];
                if (pivotRow[c] != null) {
                    row = row.minus(row.values[k], pivotRow[c]);
                    k = 1; // columns shift as entries vanish; later pivots are reduced already, so this ends
                } else {
                    k++;
                }
            }
            pivotRow[p] = row;
        }
        List<Integer> out = new ArrayList<>();
        for (int p = 0; p < pivotRow.length; p++) {
            if (pivotRow[p] != null && pivotRow[p].columns.length == 1) {
                out.add(cellOf.get(p));
            }
        }
        return out;
    }

    /** A sparse row modulo the prime: its columns ascending, each with a non-zero value. */
    private record Row(int[] columns, long[] values) {

        static Row of(Map<Integer, Long> sorted) {
            int[] c = new int[sorted.size()];
            long[] v = new long[sorted.size()];
            int i = 0;
            for (Map.Entry<Integer, Long> e : sorted.entrySet()) {
                c[i] = e.getKey();
                v[i++] = e.getValue();
            }
            return new Row(c, v);
        }

        Row scaled(long factor) {
            long[] v = new long[values.length];
            for (int i = 0; i < v.length; i++) {
                v[i] = values[i] * factor % PRIME;
            }
            return new Row(columns, v);
        }

        /** this - factor × other, merged column by column. */
        Row minus(long factor, Row other) {
            int[] c = new int[columns.length + other.columns.length];
            long[] v = new long[c.length];
            int i = 0;
            int j = 0;
            int n = 0;
            while (i < columns.length || j < other.columns.length) {
                int ci = i < columns.length ? columns[i] : Integer.MAX_VALUE;
                int cj = j < other.columns.length ? other.columns[j] : Integer.MAX_VALUE;
                long value;
                int col;
                if (ci < cj) {
                    col = ci;
                    value = values[i++];
                } else if (cj < ci) {
                    col = cj;
                    value = (PRIME - factor * other.values[j++] % PRIME) % PRIME;
                } else {
                    col = ci;
                    value = ((values[i++] - factor * other.values[j++] % PRIME) % PRIME + PRIME) % PRIME;
                }
                if (value != 0) {
                    c[n] = col;
                    v[n++] = value;
                }
            }
            return new Row(java.util.Arrays.copyOf(c, n), java.util.Arrays.copyOf(v, n));
        }
    }

    private static long power(long base, long exponent) {
        long result = 1;
        long b = base % PRIME;
        for (long e = exponent; e > 0; e >>= 1) {
            if ((e & 1) == 1) {
                result = result * b % PRIME;
            }
            b = b * b % PRIME;
        }
        return result;
    }
}
