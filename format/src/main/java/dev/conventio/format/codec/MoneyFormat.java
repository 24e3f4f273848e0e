package dev.conventio.format.codec;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

/**
 * The rules for money in the format: which currencies are accepted, and what an amount looks like.
 *
 * <p>An amount is a plain decimal string, {@code -?(0|[1-9][0-9]*)(\.[0-9]+)?}, with at most
 * {@value #MAX_INTEGER_DIGITS} integer digits and exactly the currency's decimal places; negative
 * zero is not an amount. Amounts are checked character by character before any {@link BigDecimal} is
 * made, so that {@code 1e100000000} or a thousand digits cost nothing and raise nothing but the
 * format's own rejection: {@code BigDecimal} arithmetic on such input takes minutes
 * ({@code setScale}) or throws {@code ArithmeticException}.
 *
 * <p>Accepted currencies are those of Joda-Money's registry that are three upper-case letters, less
 * the pseudo-currencies (no decimal places: {@code XAU}, {@code XAG}, {@code XPD}, {@code XPT},
 * {@code XBA}–{@code XBD}, {@code XDR}, {@code XSU}, {@code XUA}, {@code XTS}, {@code XXX}…), the
 * historic ones ({@link #HISTORIC}) and the ISO 4217 fund codes ({@link #FUNDS}). Immutable and
 * thread-safe.
 */
final class MoneyFormat {

    /** Integer digits of the largest amount: 10^18 - 1 of any unit is more than any convention commits. */
    static final int MAX_INTEGER_DIGITS = 18;

    /** Currencies that Joda-Money still registers but that are no longer legal tender. */
    static final Set<String> HISTORIC = Set.of("ADP", "ANG", "ATS", "BEF", "BGN", "BYR", "CUC", "CYP", "DEM",
            "EEK", "ESP", "FIM", "FRF", "GRD", "HRK", "IEP", "ITL", "LTL", "LUF", "LVL", "MRO", "MTL", "NLG",
            "PTE", "RUR", "SIT", "SKK", "SLL", "STD", "VEF", "XEU", "XFU", "ZWL");

    /** ISO 4217 fund codes: units of account, not currencies that a contribution is paid in. */
    static final Set<String> FUNDS = Set.of("BOV", "CHE", "CHW", "CLF", "COU", "MXV", "USN", "UYI");

    private static final Map<String, CurrencyUnit> ACCEPTED = accepted();

    private MoneyFormat() {
    }

    private static Map<String, CurrencyUnit> accepted() {
        Map<String, CurrencyUnit> accepted = new TreeMap<>();
        for (CurrencyUnit unit : CurrencyUnit.registeredCurrencies()) {
            String code = unit.getCode();
            if (isUpperCaseCode(code) && !unit.isPseudoCurrency() && !HISTORIC.contains(code)
                    && !FUNDS.contains(code)) {
                accepted.put(code, unit);
            }
        }
        return Map.copyOf(accepted);
    }

    private static boolean isUpperCaseCode(String code) {
        return code.length() == 3 && code.chars().allMatch(c -> c >= 'A' && c <= 'Z');
    }

    /** The accepted currency of a code, or null. */
    static CurrencyUnit currency(String code) {
        return ACCEPTED.get(code);
    }

    /** The codes of every accepted currency. */
    static Set<String> acceptedCodes() {
        return ACCEPTED.keySet();
    }

    /**
     * Checks the syntax of an amount and counts its decimal places.
     *
     * @return the number of decimal places, or -1 if the text is not a plain decimal in range
     */
    static int decimalPlaces(String text) {
        int length = text.length();
        int i = 0;
        if (length > 0 && text.charAt(0) == '-') {
            i = 1;
        }
        int integerStart = i;
        while (i < length && isDigit(text.charAt(i))) {
            i++;
        }
        int integerDigits = i - integerStart;
        if (integerDigits == 0 || integerDigits > MAX_INTEGER_DIGITS
                || (integerDigits > 1 && text.charAt(integerStart) == '0')) {
            return -1;
        }
        int places = 0;
        if (i < length) {
            if (text.charAt(i) != '.') {
                return -1;
            }
            i++;
            int fractionStart = i;
            while (i < length && isDigit(text.charAt(i))) {
                i++;
            }
            places = i - fractionStart;
            if (places == 0 || i < length) {
                return -1;
            }
        }
        if (integerStart == 1 && isZero(text)) {
            return -1;
        }
        return places;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isZero(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c != '-' && c != '0' && c != '.') {
                return false;
            }
        }
        return true;
    }

    /** Makes the money of an amount whose syntax and scale were checked. */
    static Money money(CurrencyUnit currency, String amount) {
        return Money.of(currency, new BigDecimal(amount));
    }

    /**
     * The amount as the format writes it: a plain decimal at the currency's scale.
     *
     * <p>For a scale of 0 to 6, {@link BigDecimal#toString()} is that plain decimal (it uses an
     * exponent only for a negative scale or a value below 10<sup>-6</sup>), and the decimal keeps
     * the string it made: writing the same money again allocates nothing, where
     * {@link BigDecimal#toPlainString()} builds a new string each time.
     */
    static String amount(Money money) {
        BigDecimal amount = money.getAmount();
        int scale = amount.scale();
        return scale >= 0 && scale <= 6 ? amount.toString() : amount.toPlainString();
    }
}
