package dev.conventio.format.codec;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The amounts of money as read and written: the decimal places BigDecimal sees, none for a text
 * that is not a plain decimal in range, and its plain text, the same string each time it is written.
 */
class MoneyFormatTest {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"0", "0.00", "7", "-7", "0.05", "-0.05", "100000.00", "-100000.00", "1.000",
        "999999999999999999", "-999999999999999999", "99999999999999999.9", "999999999999999999.99",
        "-999999999999999999.999", "123456789012345678.12", "100000000000000000"})
    void theDecimalPlacesOfAnAmountAreTheScaleBigDecimalParses(String amount) {
        assertThat(MoneyFormat.decimalPlaces(amount)).isEqualTo(new BigDecimal(amount).scale());
    }

    @Test
    void anAmountIsWrittenAsAPlainDecimalAtTheScaleOfItsCurrency() {
        List<String> amounts = List.of("0", "1", "-1", "0.001", "0.01", "0.1", "123456789012345678", "-0.001");
        List<String> written = new ArrayList<>();
        List<String> plain = new ArrayList<>();
        for (String code : MoneyFormat.acceptedCodes()) {
            CurrencyUnit currency = CurrencyUnit.of(code);
            for (String amount : amounts) {
                BigDecimal value = new BigDecimal(amount).setScale(currency.getDecimalPlaces(),
                        java.math.RoundingMode.DOWN);
                Money money = Money.of(currency, value);
                written.add(MoneyFormat.amount(money));
                plain.add(money.getAmount().toPlainString());
            }
        }
        assertThat(written).hasSizeGreaterThan(1000).isEqualTo(plain).contains("0.00", "123456789012345678.000");
    }

    @ParameterizedTest(name = "''{0}''")
    @ValueSource(strings = {"", "-", ".5", "-.5", "01", "-01", "00.5", "1.", "1.5.", "1.5x", "1e5", "+1", "1,5", " 1",
        "1234567890123456789", "-1234567890123456789", "-0", "-0.00", "-0.0", "-00", "x"})
    void aTextThatIsNotAPlainDecimalInRangeHasNoDecimalPlaces(String amount) {
        assertThat(MoneyFormat.decimalPlaces(amount)).isEqualTo(-1);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"-0.01", "-0.10", "-10", "-100.0", "0.0", "123456789012345678"})
    void aNegativeAmountThatIsNotZeroAndZeroItselfAreAmounts(String amount) {
        assertThat(MoneyFormat.decimalPlaces(amount)).isEqualTo(new BigDecimal(amount).scale());
    }

    @Test
    void writingTheSameMoneyAgainGivesTheSameString() {
        for (String code : List.of("JPY", "EUR", "BHD")) {
            CurrencyUnit currency = CurrencyUnit.of(code);
            Money money = Money.of(currency, new BigDecimal("12").setScale(currency.getDecimalPlaces()));
            String written = MoneyFormat.amount(money);
            assertThat(written).as(code).isEqualTo(money.getAmount().toPlainString());
            assertThat(MoneyFormat.amount(money)).as(code + " again").isSameAs(written);
        }
    }
}
