package dev.conventio.opendata.export;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Rounds the beneficiaries' shares of one attribution to two decimals so that they add up to
 * exactly 1.00: each share is rounded down, then the hundredths left over go one each to the
 * shares with the largest remainders, the earliest first among equal remainders (largest remainder
 * method, which never moves a share by more than 0.01).
 */
final class Shares {

    private static final BigDecimal HUNDREDTH = new BigDecimal("0.01");

    private Shares() {
    }

    /**
     * Rounds exact shares that add up to one.
     *
     * @param exact  the shares, each between 0 and 1, adding up to exactly 1
     * @return the rounded shares, in the same order, with two decimals, adding up to 1.00
     */
    static List<BigDecimal> round(List<BigDecimal> exact) {
        List<BigDecimal> rounded = new ArrayList<>(exact.size());
        List<Integer> order = new ArrayList<>(exact.size());
        BigDecimal total = BigDecimal.ZERO;
        for (int i = 0; i < exact.size(); i++) {
            BigDecimal down = exact.get(i).setScale(2, RoundingMode.DOWN);
            rounded.add(down);
            order.add(i);
            total = total.add(down);
        }
        order.sort(Comparator.comparing((Integer i) -> exact.get(i).subtract(rounded.get(i))).reversed()
                .thenComparing(Comparator.naturalOrder()));
        int left = BigDecimal.ONE.subtract(total).divide(HUNDREDTH).intValueExact();
        for (int k = 0; k < left; k++) {
            int i = order.get(k % order.size());
            rounded.set(i, rounded.get(i).add(HUNDREDTH));
        }
        return rounded;
    }
}
