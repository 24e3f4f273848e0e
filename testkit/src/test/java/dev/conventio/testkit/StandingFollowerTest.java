package dev.conventio.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.conventio.amendment.Amendment;
import dev.conventio.amendment.AmendmentRecord;
import dev.conventio.change.Change;
import dev.conventio.change.ModifyText;
import dev.conventio.change.RenumberArticle;
import dev.conventio.history.History;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The standing the generators follow, change by change, is the one the library consolidates: over
 * seeded histories of every generator, the facts {@link Standing} keeps after each amendment equal
 * those read from {@link History#standingAfter(Amendment)}, and every kind of change is followed.
 */
class StandingFollowerTest {

    private static final LocalDate HORIZON = LocalDate.of(2100, 1, 1);

    @Test
    void followingEachAmendmentGivesTheStandingTheLibraryConsolidates() {
        Set<Class<?>> followed = new LinkedHashSet<>();
        SplittableRandom random = new SplittableRandom(0x5f0L);
        for (Gen<History> histories : List.of(HistoryGen.histories(), HistoryGen.historiesWithText(),
                MoneyGen.historiesWithMoney())) {
            for (int i = 0; i < 150; i++) {
                History history = histories.generate(random, 10);
                List<AmendmentRecord> records = history.amendments();
                for (int n = 0; n < records.size(); n++) {
                    if (records.get(n) instanceof Amendment amendment) {
                        // The amendment as a candidate to the history of the ones before it.
                        History before = History.of(history.base(), records.subList(0, n));
                        Standing standing = Standing.of(before.standingBefore(amendment), HORIZON);
                        standing.apply(amendment);
                        assertSameFacts(standing, Standing.of(before.standingAfter(amendment), HORIZON), amendment);
                        amendment.changes().forEach(change -> followed.add(change.getClass()));
                    }
                }
            }
        }
        assertThat(followed.stream().map(StandingFollowerTest::kind).toList())
                .containsExactlyInAnyOrderElementsOf(AmendmentGen.changeKinds());
    }

    private static Class<?> kind(Class<?> type) {
        for (Class<?> permitted : Change.class.getPermittedSubclasses()) {
            if (permitted.isAssignableFrom(type)) {
                return permitted;
            }
        }
        throw new AssertionError("not a change: " + type);
    }

    private static void assertSameFacts(Standing followed, Standing consolidated, Amendment amendment) {
        String of = "amendment " + amendment.number() + " " + amendment.changes();
        assertThat(followed.parties).as("parties after %s", of).isEqualTo(consolidated.parties);
        assertThat(followed.contributions).as("contributions after %s", of).isEqualTo(consolidated.contributions);
        assertThat(followed.actions).as("actions after %s", of).isEqualTo(consolidated.actions);
        assertThat(followed.targets).as("targets after %s", of).isEqualTo(consolidated.targets);
        assertThat(followed.committeeMembers).as("committee after %s", of).isEqualTo(consolidated.committeeMembers);
        if (consolidated.text) {
            assertThat(followed.articles).as("articles after %s", of).isEqualTo(consolidated.articles);
        } else {
            // Without a recorded text, a modification attests an article the convention does not list.
            assertThat(followed.articles).as("articles after %s", of).containsAll(consolidated.articles);
        }
        // A renumbered article's old number is kept from reuse too; the view lists deletions only.
        Set<String> retired = new LinkedHashSet<>(consolidated.deletedArticles);
        amendment.changes().stream().filter(ModifyText.class::isInstance).map(c -> ((ModifyText) c).operation())
                .filter(RenumberArticle.class::isInstance).forEach(op -> retired.add(((RenumberArticle) op).number()));
        assertThat(followed.deletedArticles).as("deleted articles after %s", of).isEqualTo(retired);
        assertThat(followed.decisions).as("decisions after %s", of).isEqualTo(consolidated.decisions);
        assertThat(followed.phases).as("phases after %s", of).isEqualTo(consolidated.phases);
        assertThat(followed.highestValidatedPhase).as("highest validated phase after %s", of)
                .isEqualTo(consolidated.highestValidatedPhase);
        assertThat(followed.lastDecision).as("last decision after %s", of).isEqualTo(consolidated.lastDecision);
        assertThat(followed.term).as("term after %s", of).isEqualTo(consolidated.term);
        assertThat(followed.object).as("object after %s", of).isEqualTo(consolidated.object);
        assertThat(followed.terminated).as("termination after %s", of).isEqualTo(consolidated.terminated);
    }
}
