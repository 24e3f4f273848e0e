package dev.conventio.history;

import static org.assertj.core.api.Assertions.assertThat;

import dev.conventio.change.Change;
import dev.conventio.change.ChangeContributionAmount;
import dev.conventio.change.ProlongTerm;
import dev.conventio.change.RemovePhase;
import java.time.Period;
import java.util.List;
import java.util.Set;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

class ChangeMembersTest {

    @Test
    void everyKindHasItsMembersDeclaredByOneApplier() {
        for (Class<?> kind : Change.class.getPermittedSubclasses()) {
            boolean general = ChangeApplier.MEMBERS.containsKey(kind);
            boolean money = MoneyChangeApplier.MONEY_MEMBERS.containsKey(kind);
            assertThat(general ^ money).as("the members of %s, declared once, in ChangeApplier.MEMBERS or in"
                    + " MoneyChangeApplier.MONEY_MEMBERS", kind.getSimpleName()).isTrue();
        }
        assertThat(ChangeMembers.declared()).isEqualTo(Set.of(Change.class.getPermittedSubclasses()));
    }

    @Test
    void aViolationOfAValueIsAtTheMemberHoldingIt() {
        Change amount = ChangeContributionAmount.of("2", "phase-1", Money.parse("EUR 10"), List.of());
        assertThat(ChangeMembers.ofValue(amount, "schedule[0].dueOn")).isEqualTo("schedule[0].dueOn");
        assertThat(ChangeMembers.ofValue(amount, "beneficiary")).isEqualTo("contribution");
        assertThat(ChangeMembers.ofResult(amount, "contributions[0].amount")).isEqualTo("amount");
        assertThat(ChangeMembers.ofResult(RemovePhase.of("1", 3), "phases[2]")).isEqualTo("phase");
        assertThat(ChangeMembers.ofValue(ProlongTerm.of("3", Period.ofYears(1)), "end")).isEmpty();
    }
}
