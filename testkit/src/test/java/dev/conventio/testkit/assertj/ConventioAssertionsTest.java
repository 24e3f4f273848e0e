package dev.conventio.testkit.assertj;

import static dev.conventio.testkit.assertj.ConventioAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.conventio.amendment.Amendment;
import dev.conventio.convention.Convention;
import dev.conventio.finance.FinancialContribution;
import dev.conventio.history.History;
import dev.conventio.history.HistoryCodes;
import dev.conventio.testkit.AmendmentGen;
import dev.conventio.testkit.ConventionGen;
import dev.conventio.testkit.InvalidCase;
import dev.conventio.validation.CommonCodes;
import dev.conventio.validation.ValidationException;
import dev.conventio.validation.Violation;
import dev.conventio.validation.ViolationCode;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

/**
 * Each assertion passes on a value that satisfies it and fails, with a message naming the
 * difference, on one that does not.
 */
class ConventioAssertionsTest {

    private static final Money HUNDRED_THOUSAND = Money.of(CurrencyUnit.EUR, 100_000);

    /** A convention whose only contribution is 100 000 € for 2020. */
    private static Convention convention() {
        Convention generated = ConventionGen.conventions().sample(5, 5);
        FinancialContribution contribution = FinancialContribution.builder().id("participation-2020")
                .contributor(generated.parties().get(0).id()).beneficiary(generated.parties().get(1).id())
                .amount(HUNDRED_THOUSAND).budget(dev.conventio.finance.BudgetPeriod.ofYear(2020)).build();
        return generated.toBuilder().contributions(List.of(contribution)).build();
    }

    @Test
    void moneyCommittedForAYear() {
        History history = History.of(convention());
        LocalDate date = history.base().conclusionDate().orElseThrow();
        assertThat(history).inForceOn(date).hasMoneyCommittedFor(Year.of(2020), Money.of(CurrencyUnit.EUR, 100000))
                .hasNoMoneyCommittedFor(Year.of(2021)).hasTotalCommitted(HUNDRED_THOUSAND).hasAmendmentsInForce()
                .hasParty(history.base().parties().get(0).id()).hasAmendmentsInForce();
        assertThatThrownBy(() -> assertThat(history).inForceOn(date).hasMoneyCommittedFor(Year.of(2020),
                Money.of(CurrencyUnit.EUR, 99_999))).isInstanceOf(AssertionError.class)
                .hasMessageContaining("EUR 99999.00").hasMessageContaining("EUR 100000.00");
        assertThatThrownBy(() -> assertThat(history).inForceOn(date).hasMoneyCommittedFor(Year.of(2021),
                HUNDRED_THOUSAND)).isInstanceOf(AssertionError.class).hasMessageContaining("nothing");
        assertThatThrownBy(() -> assertThat(history).inForceOn(date).hasMoneyCommittedFor(Year.of(2020),
                Money.of(CurrencyUnit.CHF, 100_000))).isInstanceOf(AssertionError.class);
        assertThatThrownBy(() -> assertThat(history).inForceOn(date).hasNoMoneyCommittedFor(Year.of(2020)))
                .isInstanceOf(AssertionError.class);
        assertThatThrownBy(() -> assertThat(history).inForceOn(date).hasTotalCommitted(Money.of(CurrencyUnit.EUR, 1)))
                .isInstanceOf(AssertionError.class);
        assertThatThrownBy(() -> assertThat(history).inForceOn(date).hasAmendmentsInForce(1))
                .isInstanceOf(AssertionError.class).hasMessageContaining("[1]");
    }

    @Test
    void partiesOfTheConventionInForce() {
        History history = History.of(convention());
        String id = history.base().parties().get(0).id();
        assertThat(history).inForceOn(history.base().conclusionDate().orElseThrow()).hasParty(id);
        assertThatThrownBy(() -> assertThat(history).inForceOn(history.base().conclusionDate().orElseThrow()).hasParty("absente"))
                .isInstanceOf(AssertionError.class).hasMessageContaining("absente");
    }

    @Test
    void acceptedAndRejectedAmendments() {
        History history = History.of(convention());
        Amendment first = AmendmentGen.amendments(history.base()).sample(1, 5);
        Amendment third = Amendment.builder().from(first).number(3).build();
        assertThat(history).accepts(first).rejects(third, HistoryCodes.AMENDMENT_NUMBER_NOT_NEXT)
                .hasContiguousAmendments(0);
        assertThat(history.add(first)).hasContiguousAmendments(1).hasContiguousAmendments(1);
        assertThatThrownBy(() -> assertThat(history).accepts(third)).isInstanceOf(AssertionError.class)
                .hasMessageContaining("amendment.number.not-next");
        assertThatThrownBy(() -> assertThat(history).rejects(first, HistoryCodes.AMENDMENT_NUMBER_NOT_NEXT))
                .isInstanceOf(AssertionError.class);
        assertThatThrownBy(() -> assertThat(history).rejects(third, HistoryCodes.AMENDMENT_SIGNATURE_MISSING))
                .isInstanceOf(AssertionError.class);
        assertThatThrownBy(() -> assertThat(history).hasContiguousAmendments(1)).isInstanceOf(AssertionError.class)
                .hasMessageContaining("expected 1 amendments");
    }

    @Test
    void invalidCasesRejectedWithTheirCodeOnly() {
        InvalidCase rejected = InvalidCase.of(CommonCodes.TEXT_BLANK, "blank", () -> {
            throw new ValidationException(List.of(Violation.of(CommonCodes.TEXT_BLANK, "reference", "blank")));
        });
        assertThat(rejected).isRejectedWithExactlyItsCode().isRejectedWithExactlyItsCode();
        InvalidCase accepted = InvalidCase.of(CommonCodes.TEXT_BLANK, "nothing changed", () -> "a value");
        assertThatThrownBy(() -> assertThat(accepted).isRejectedWithExactlyItsCode()).isInstanceOf(AssertionError.class)
                .hasMessageContaining("accepted");
        InvalidCase otherCode = InvalidCase.of(CommonCodes.TEXT_BLANK, "two codes", () -> {
            throw new ValidationException(List.of(Violation.of(CommonCodes.TEXT_BLANK, "a", "blank"),
                    Violation.of(CommonCodes.IDENTIFIER_MALFORMED, "b", "malformed")));
        });
        assertThatThrownBy(() -> assertThat(otherCode).isRejectedWithExactlyItsCode()).isInstanceOf(AssertionError.class)
                .hasMessageContaining("identifier.malformed");
        InvalidCase otherException = InvalidCase.of(CommonCodes.TEXT_BLANK, "crash", () -> {
            throw new IllegalStateException("boom");
        });
        assertThatThrownBy(() -> assertThat(otherException).isRejectedWithExactlyItsCode())
                .isInstanceOf(AssertionError.class).hasMessageContaining("boom");
    }

    @Test
    void codesOfAValidationException() {
        ValidationException exception = new ValidationException(List.of(
                Violation.of(CommonCodes.TEXT_BLANK, "a", "blank"), Violation.of(CommonCodes.TEXT_BLANK, "b", "blank")));
        assertThat(exception).hasOnlyCodes(CommonCodes.TEXT_BLANK).hasOnlyCodes(CommonCodes.TEXT_BLANK);
        assertThatThrownBy(() -> assertThat(exception).hasOnlyCodes(CommonCodes.TEXT_BLANK,
                CommonCodes.IDENTIFIER_MALFORMED)).isInstanceOf(AssertionError.class);
    }
}
