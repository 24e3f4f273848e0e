package dev.conventio.format.codec;

import dev.conventio.format.RejectionCode;
import java.io.IOException;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

/**
 * Money: {@code {"amount": "100000.00", "currency": "EUR"}}, the amount a plain decimal string with
 * exactly the currency's decimal places, checked character by character before any arithmetic.
 */
final class MoneyCodec {

    /** An amount's text, checked for syntax and length; its scale is checked against the currency. */
    private static final ValueCodec<String> AMOUNT_TEXT = new ValueCodec<>() {
        @Override
        public String read(Reader in) throws IOException {
            String amount = in.text();
            if (MoneyFormat.decimalPlaces(amount) < 0) {
                throw in.reject(RejectionCode.INVALID_AMOUNT, "an amount is a plain decimal string of at most "
                        + MoneyFormat.MAX_INTEGER_DIGITS + " integer digits, such as \"100000.00\", was '"
                        + Reader.abbreviate(amount) + "'");
            }
            return amount;
        }

        @Override
        public void write(Writer out, String value) throws IOException {
            out.sink().string(value);
        }
    };

    private static final ValueCodec<CurrencyUnit> CURRENCY_CODE = new ValueCodec<>() {
        @Override
        public CurrencyUnit read(Reader in) throws IOException {
            String code = in.text();
            CurrencyUnit currency = MoneyFormat.currency(code);
            if (currency == null) {
                throw in.reject(RejectionCode.UNSUPPORTED_CURRENCY, "'" + Reader.abbreviate(code)
                        + "' is not a current ISO 4217 currency in upper case");
            }
            return currency;
        }

        @Override
        public void write(Writer out, CurrencyUnit value) throws IOException {
            out.sink().string(value.getCode());
        }
    };

    private static final Member<Money, String> AMOUNT = Member.required(Names.AMOUNT, AMOUNT_TEXT, MoneyFormat::amount);
    private static final Member<Money, CurrencyUnit> CURRENCY = Member.required(Names.CURRENCY, CURRENCY_CODE,
            Money::getCurrencyUnit);

    static final ObjectCodec<Money> MONEY = ObjectCodec.of("money", MoneyCodec::money, AMOUNT, CURRENCY);

    private MoneyCodec() {
    }

    private static Money money(Values values) {
        String amount = values.get(AMOUNT);
        CurrencyUnit currency = values.get(CURRENCY);
        if (MoneyFormat.decimalPlaces(amount) != currency.getDecimalPlaces()) {
            throw values.reject(RejectionCode.AMOUNT_SCALE, "an amount in " + currency + " has exactly "
                    + currency.getDecimalPlaces() + " decimal places, was '" + amount + "'", Names.AMOUNT);
        }
        return MoneyFormat.money(currency, amount);
    }
}
