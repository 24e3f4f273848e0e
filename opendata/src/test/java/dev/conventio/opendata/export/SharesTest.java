package dev.conventio.opendata.export;

import static org.assertj.core.api.Assertions.assertThat;

import dev.conventio.testkit.Gen;
import dev.conventio.testkit.junit.GeneratedSource;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;

/** Shares are written with two decimals and the rows of one attribution add up to 1.00. */
class SharesTest {

    private static List<BigDecimal> exact(int... parts) {
        int whole = 0;
        for (int part : parts) {
            whole += part;
        }
        List<BigDecimal> shares = new ArrayList<>();
        for (int part : parts) {
            shares.add(new BigDecimal(part).divide(new BigDecimal(whole), MathContext.DECIMAL64));
        }
        return shares;
    }

    @Test
    void thirdsRoundToThirtyFourThirtyThreeThirtyThree() {
        assertThat(Shares.round(exact(1, 1, 1))).extracting(BigDecimal::toPlainString)
                .containsExactly("0.34", "0.33", "0.33");
        assertThat(Shares.round(exact(1))).extracting(BigDecimal::toPlainString).containsExactly("1.00");
        assertThat(Shares.round(exact(45, 55))).extracting(BigDecimal::toPlainString).containsExactly("0.45", "0.55");
        assertThat(Shares.round(exact(1, 2))).extracting(BigDecimal::toPlainString).containsExactly("0.33", "0.67");
    }

    static Gen<List<Integer>> parts() {
        return (random, size) -> {
            List<Integer> parts = new ArrayList<>();
            int count = 1 + random.nextInt(8);
            for (int i = 0; i < count; i++) {
                parts.add(1 + random.nextInt(1000));
            }
            return parts;
        };
    }

    @ParameterizedTest
    @GeneratedSource(value = "parts", count = 300)
    void roundedSharesAddUpToOneAndStayWithinAHundredthOfTheExactOnes(List<Integer> parts) {
        List<BigDecimal> exact = exact(parts.stream().mapToInt(Integer::intValue).toArray());
        List<BigDecimal> rounded = Shares.round(exact);
        assertThat(rounded.stream().reduce(BigDecimal.ZERO, BigDecimal::add)).isEqualByComparingTo("1.00");
        for (int i = 0; i < exact.size(); i++) {
            assertThat(rounded.get(i).scale()).isEqualTo(2);
            assertThat(rounded.get(i).subtract(exact.get(i)).abs()).isLessThan(new BigDecimal("0.01"));
        }
    }
}
