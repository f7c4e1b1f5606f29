package kz.socialservices.checker.engine.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

/**
 * Tables built to leak: each test publishes what the suppression leaves and lets an attacker
 * ({@link Recomputation}, exact rational elimination) try to recompute every withheld cell from the
 * published cells and the totals beside them.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class CellSuppressionTest {

    static final int MIN_CELL = 5;

    /** The suppressor and, beside it, what the attacker knows of the table's shape. */
    static final class Tables {
        final CellSuppression suppression = new CellSuppression();
        final List<Long> values = new ArrayList<>();
        final List<int[]> sums = new ArrayList<>();

        int cell(long value) {
            values.add(value);
            return suppression.cell(value, value > 0 && value < MIN_CELL);
        }

        int total(int... parts) {
            long sum = 0;
            for (int p : parts) {
                sum += values.get(p);
            }
            int total = cell(sum);
            sum(total, parts);
            return total;
        }

        void sum(int total, int... parts) {
            List<Integer> list = new ArrayList<>();
            for (int p : parts) {
                list.add(p);
            }
            suppression.sum(total, list);
            int[] members = new int[parts.length + 1];
            members[0] = total;
            System.arraycopy(parts, 0, members, 1, parts.length);
            sums.add(members);
        }

        /** A two-way table with its row totals, column totals and grand total: ids [row][col], totals last. */
        int[][] twoWay(long[][] inner) {
            int rows = inner.length;
            int cols = inner[0].length;
            int[][] id = new int[rows + 1][cols + 1];
            for (int r = 0; r < rows; r++) {
                for (int c = 0; c < cols; c++) {
                    id[r][c] = cell(inner[r][c]);
                }
            }
            for (int r = 0; r < rows; r++) {
                int[] parts = new int[cols];
                for (int c = 0; c < cols; c++) {
                    parts[c] = id[r][c];
                }
                id[r][cols] = total(parts);
            }
            for (int c = 0; c <= cols; c++) {
                int[] parts = new int[rows];
                for (int r = 0; r < rows; r++) {
                    parts[r] = id[r][c];
                }
                id[rows][c] = total(parts);
            }
            int[] rowTotals = new int[rows];
            for (int r = 0; r < rows; r++) {
                rowTotals[r] = id[r][cols];
            }
            sum(id[rows][cols], rowTotals); // the grand total is also the sum of the row totals
            return id;
        }

        Map<Integer, Long> recomputed(BitSet withheld) {
            return Recomputation.recompute(values, sums, withheld);
        }
    }

    private static BitSet cells(int... ids) {
        BitSet b = new BitSet();
        for (int id : ids) {
            b.set(id);
        }
        return b;
    }

    @Test
    void a_single_small_cell_in_a_row_with_a_total_gets_a_complement_in_that_row() {
        Tables t = new Tables();
        int small = t.cell(3);
        int other = t.cell(20);
        int big = t.cell(30);
        int total = t.total(small, other, big);

        // Withholding the small cell alone leaks it: the total minus the others.
        assertThat(t.recomputed(cells(small))).containsEntry(small, 3L);

        BitSet withheld = t.suppression.suppress();
        assertThat(withheld.stream().boxed().toList()).containsExactly(small, other); // the smallest other part
        assertThat(withheld.get(total)).isFalse();
        assertThat(t.recomputed(withheld)).isEmpty();
    }

    @Test
    void a_centre_with_three_cases_is_not_revealed_by_its_regions_total_minus_the_other_centre() {
        Tables t = new Tables();
        int small = t.cell(3);   // a centre of three cases
        int other = t.cell(41);  // the region's only other centre
        int region = t.total(small, other);
        int elsewhere = t.cell(200);
        t.total(region, elsewhere); // the national total

        BitSet withheld = t.suppression.suppress();
        assertThat(withheld.get(small)).isTrue();
        assertThat(withheld.get(other) || withheld.get(region)).isTrue();
        assertThat(t.recomputed(withheld)).isEmpty();
    }

    @Test
    void in_a_two_way_table_a_small_cell_is_covered_in_its_row_and_its_column_and_by_the_corner_that_closes_them() {
        Tables t = new Tables();
        int[][] id = t.twoWay(new long[][] {{2, 12, 30}, {9, 40, 50}, {15, 22, 8}});
        BitSet withheld = t.suppression.suppress();
        assertThat(withheld.get(id[0][0])).isTrue();
        // the rectangle: the smallest others of its row (12) and column (9), and the corner that closes them (40)
        assertThat(withheld.stream().boxed().toList()).containsExactlyInAnyOrder(id[0][0], id[0][1], id[1][0], id[1][1]);
        assertThat(t.recomputed(withheld)).isEmpty();
    }

    @Test
    void three_totals_around_a_triangle_that_give_a_cell_away_together_get_another_complement() {
        // x + y, x + z and y + z are published: each has two withheld members, yet together they solve x.
        Tables t = new Tables();
        int x = t.cell(2);
        int y = t.cell(7);
        int z = t.cell(9);
        t.total(x, y);
        t.total(x, z);
        t.total(y, z);
        BitSet pairwise = cells(x, y, z); // what "no total with a single withheld member" alone gives
        assertThat(t.recomputed(pairwise)).containsEntry(x, 2L);

        BitSet withheld = t.suppression.suppress();
        assertThat(withheld.cardinality()).isGreaterThan(3);
        assertThat(t.recomputed(withheld)).isEmpty();
    }

    @Test
    void a_bridge_between_two_covered_rectangles_is_covered_too() {
        // Two 2x2 blocks of small cells joined through one row; the joining cell alone would be a bridge.
        Tables t = new Tables();
        int[][] id = t.twoWay(new long[][] {{1, 2, 60, 70}, {3, 4, 80, 90}, {50, 55, 1, 2}, {65, 75, 3, 4}});
        BitSet withheld = t.suppression.suppress();
        for (int r = 0; r < 4; r++) {
            for (int c = 0; c < 4; c++) {
                long v = t.values.get(id[r][c]);
                assertThat(withheld.get(id[r][c]) || v >= MIN_CELL || v == 0).isTrue();
            }
        }
        assertThat(t.recomputed(withheld)).isEmpty();
    }

    @Test
    void zeros_are_published_and_a_positive_complement_is_preferred_to_a_zero() {
        Tables t = new Tables();
        int zero = t.cell(0);
        int small = t.cell(4);
        int six = t.cell(6);
        t.total(zero, small, six);
        BitSet withheld = t.suppression.suppress();
        assertThat(withheld.get(zero)).isFalse();
        assertThat(withheld.get(six)).isTrue();
        assertThat(t.recomputed(withheld)).isEmpty();
    }

    @Test
    void a_sum_that_does_not_add_up_is_a_defect_of_the_caller() {
        CellSuppression s = new CellSuppression();
        int a = s.cell(1, false);
        int b = s.cell(2, false);
        int total = s.cell(4, false);
        assertThatThrownBy(() -> s.sum(total, List.of(a, b))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void random_three_way_tables_with_every_margin_leak_no_withheld_cell() {
        SplittableRandom random = new SplittableRandom(79);
        int leaks = 0;
        for (int table = 0; table < 150; table++) {
            Tables t = new Tables();
            int a = 2 + random.nextInt(3);
            int b = 2 + random.nextInt(3);
            int c = 2 + random.nextInt(2);
            int[][][] id = new int[a + 1][b + 1][c + 1];
            for (int i = 0; i < a; i++) {
                for (int j = 0; j < b; j++) {
                    for (int k = 0; k < c; k++) {
                        long v = random.nextInt(4) == 0 ? random.nextInt(5) : random.nextInt(60);
                        id[i][j][k] = t.cell(v);
                    }
                }
            }
            // margins along each axis, then margins of margins, as linked tables publish them
            for (int i = 0; i <= a; i++) {
                for (int j = 0; j <= b; j++) {
                    for (int k = 0; k <= c; k++) {
                        int free = (i == a ? 1 : 0) + (j == b ? 1 : 0) + (k == c ? 1 : 0);
                        if (free == 0) {
                            continue;
                        }
                        int[] parts;
                        if (i == a) {
                            parts = new int[a];
                            for (int x = 0; x < a; x++) {
                                parts[x] = id[x][j][k];
                            }
                        } else if (j == b) {
                            parts = new int[b];
                            for (int x = 0; x < b; x++) {
                                parts[x] = id[i][x][k];
                            }
                        } else {
                            parts = new int[c];
                            for (int x = 0; x < c; x++) {
                                parts[x] = id[i][j][x];
                            }
                        }
                        id[i][j][k] = t.total(parts);
                    }
                }
            }
            BitSet withheld = t.suppression.suppress();
            for (int cell = 0; cell < t.values.size(); cell++) {
                long v = t.values.get(cell);
                if (v > 0 && v < MIN_CELL) {
                    assertThat(withheld.get(cell)).as("table %d cell %d", table, cell).isTrue();
                }
            }
            Map<Integer, Long> recomputed = t.recomputed(withheld);
            leaks += recomputed.size();
            assertThat(recomputed).as("table %d", table).isEmpty();
        }
        assertThat(leaks).isZero();
    }
}
