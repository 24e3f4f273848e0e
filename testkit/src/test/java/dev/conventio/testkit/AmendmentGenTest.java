package dev.conventio.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.conventio.amendment.Amendment;
import dev.conventio.amendment.UnrecordedAmendment;
import dev.conventio.change.AddParty;
import dev.conventio.change.Change;
import dev.conventio.change.RemoveContribution;
import dev.conventio.convention.Article;
import dev.conventio.convention.Convention;
import dev.conventio.signature.Signature;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The shape {@link AmendmentGen} documents for the first amendment of a convention, over seeded
 * samples: its number, title and articles, who signs it and when, how many changes it makes, the
 * drafts' undated blocks, unrecorded amendments' notes, and the generators of changes. That these
 * amendments are accepted by the history is {@code ValidValuesTest}'s.
 */
class AmendmentGenTest {

    private static final int SAMPLE = 500;

    @Test
    void aFirstAmendmentIsNumberedOneTitledAndEndsWithTheArticleOnItsDuration() {
        SplittableRandom random = new SplittableRandom(0xa1L);
        Set<Integer> articleCounts = new HashSet<>();
        for (int i = 0; i < SAMPLE; i++) {
            Convention convention = ConventionGen.conventions().generate(random, 10);
            Amendment amendment = AmendmentGen.amendments(convention).generate(random, 10);
            assertThat(amendment.number()).isEqualTo(1);
            assertThat(amendment.title()).contains("Avenant n° 1 à la convention de partenariat");
            List<Article> articles = amendment.articles();
            articleCounts.add(articles.size());
            for (int n = 0; n < articles.size(); n++) {
                assertThat(articles.get(n).number()).isEqualTo(Integer.toString(n + 1));
            }
            assertThat(articles.get(articles.size() - 1).title()).contains("Durée de l'avenant");
            Set<String> numbers = articles.stream().map(Article::number).collect(Collectors.toSet());
            assertThat(amendment.changes()).allMatch(change -> numbers.contains(change.article())
                    && !change.article().equals(Integer.toString(articles.size())));
            assertThat(amendment.preamble().size()).isBetween(0, 2);
        }
        assertThat(articleCounts).as("one to four amending articles, then the one on its duration")
                .containsExactlyInAnyOrder(2, 3, 4, 5);
    }

    @Test
    void everyPartySignsItWithThePartiesItAddsAndSomeAreConcludedOnTheLastDay() {
        SplittableRandom random = new SplittableRandom(0xa2L);
        int onLastDay = 0;
        int adding = 0;
        for (int i = 0; i < SAMPLE * 2; i++) {
            Convention convention = ConventionGen.conventions().generate(random, 10);
            Amendment amendment = AmendmentGen.amendments(convention).generate(random, 10);
            Set<String> expected = new HashSet<>(convention.partyIds());
            for (Change change : amendment.changes()) {
                if (change instanceof AddParty added) {
                    expected.add(added.party().id());
                    adding++;
                }
            }
            assertThat(amendment.signatures().stream().map(Signature::party).collect(Collectors.toSet()))
                    .isEqualTo(expected);
            assertThat(amendment.signatures()).allMatch(Signature::isSigned);
            LocalDate last = Standing.lastDay(convention);
            LocalDate concluded = amendment.lastSignatureDate().orElseThrow();
            assertThat(concluded).isBeforeOrEqualTo(last).isAfterOrEqualTo(Conclusions.from(convention));
            onLastDay += concluded.equals(last) ? 1 : 0;
        }
        assertThat(adding).as("amendments adding a party").isPositive();
        assertThat(onLastDay).as("the edge case, one time in twenty of 1 000").isBetween(25, 80);
    }

    @Test
    void itMakesAtMostOneChangePlusOneForEveryTwoOfSizeAndSixInAll() {
        for (int size : new int[] {0, 1, 4, 10, 30}) {
            int most = Math.min(AmendmentGen.MAX_CHANGES, 1 + size / 2);
            Set<Integer> counts = new HashSet<>();
            SplittableRandom random = new SplittableRandom(0xa3L + size);
            for (int i = 0; i < 300; i++) {
                Convention convention = ConventionGen.conventions().generate(random, 10);
                counts.add(AmendmentGen.amendments(convention).generate(random, size).changes().size());
            }
            assertThat(counts).as("size " + size).allMatch(count -> count >= 0 && count <= most).contains(0, most);
        }
    }

    @Test
    void aDraftNamesEveryPartyInAnUndatedBlock() {
        SplittableRandom random = new SplittableRandom(0xa4L);
        for (int i = 0; i < SAMPLE; i++) {
            Convention convention = ConventionGen.conventions().generate(random, 10);
            Amendment draft = AmendmentGen.drafts(convention).generate(random, 10);
            assertThat(draft.isDraft()).isTrue();
            assertThat(draft.signatures()).noneMatch(Signature::isSigned)
                    .allMatch(signature -> signature.signatory().isPresent()
                            && FrenchData.CAPACITIES.contains(signature.capacity()));
            assertThat(draft.signatures().stream().map(Signature::party).collect(Collectors.toSet()))
                    .containsAll(convention.partyIds());
            assertThat(draft.lastSignatureDate()).isEmpty();
        }
    }

    @Test
    void anUnrecordedAmendmentIsMentionedInTheNextOnesPreambleOneTimeInTwo() {
        List<UnrecordedAmendment> unrecorded = Samples.of(AmendmentGen.unrecorded(3), 0xa5L, 1_000);
        assertThat(unrecorded).allMatch(amendment -> amendment.number() == 3);
        long noted = unrecorded.stream().filter(amendment -> amendment.note().isPresent()).count();
        assertThat(noted).isBetween(430L, 570L);
        assertThat(unrecorded).filteredOn(amendment -> amendment.note().isPresent()).allMatch(amendment ->
                amendment.note().orElseThrow().equals("mentionné dans le préambule de l'avenant n° 4"));
        assertThat(AmendmentGen.unrecorded(1).sample(1, 1).number()).isEqualTo(1);
        assertThatThrownBy(() -> AmendmentGen.unrecorded(0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("amendments are numbered from 1, was 0");
    }

    @Test
    void aChangeOfAKindThatCannotApplyIsRefusedAndEveryKindIsListedOnce() {
        Convention without = ConventionGen.conventions().map(convention -> Convention.builder().from(convention)
                .contributions(List.of()).build()).sample(6, 10);
        assertThatThrownBy(() -> AmendmentGen.changes(without, "1", RemoveContribution.class))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("no RemoveContribution applies to convention " + without.identification());
        assertThatThrownBy(() -> AmendmentGen.changes(without, null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> AmendmentGen.changes(without, null, RemoveContribution.class))
                .isInstanceOf(NullPointerException.class);
        List<Class<? extends Change>> kinds = AmendmentGen.changeKinds();
        assertThat(kinds).hasSize(34).doesNotHaveDuplicates()
                .allMatch(kind -> kind.getSuperclass() == Change.class || Change.class.isAssignableFrom(kind));
        assertThat(kinds.get(0)).isEqualTo(dev.conventio.change.SetOrientations.class);
    }
}
