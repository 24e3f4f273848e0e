package dev.conventio.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.conventio.amendment.Amendment;
import dev.conventio.amendment.AmendmentRecord;
import dev.conventio.convention.Convention;
import dev.conventio.finance.FinancialContribution;
import dev.conventio.history.History;
import dev.conventio.party.Party;
import dev.conventio.serialization.ConventioJson;
import dev.conventio.serialization.JsonDocument;
import dev.conventio.validation.Violation;
import java.time.LocalDate;
import java.time.Year;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The generators mix in boundary values with the probability of {@link EdgeCases}, deterministically
 * under the seed, and every value stays valid: accepted again by the model, written and read back by
 * the JSON format.
 */
class EdgeCasesTest {

    private static final Gen<History> EDGY = EdgeCases.withProbability(0.5, HistoryGen.histories());

    private static Stream<FinancialContribution> contributions(History history) {
        return history.base().contributions().stream();
    }

    @Test
    void historiesFullOfBoundaryValuesAreValidAndRoundTripThroughTheFormat() throws Exception {
        SplittableRandom random = new SplittableRandom(17);
        Set<String> seen = new HashSet<>();
        ConventioJson json = ConventioJson.compact();
        for (int i = 0; i < 300; i++) {
            History history = EDGY.generate(random, 10);
            assertThat(History.of(history.base(), history.amendments())).isEqualTo(history);
            assertThat(json.read(JsonDocument.HISTORY, json.writeBytes(JsonDocument.HISTORY, history))).isEqualTo(history);
            contributions(history).forEach(c -> {
                if (c.amount().orElseThrow().equals(Draws.SMALLEST_AMOUNT)) {
                    seen.add("0.01 €");
                }
                if (c.amount().orElseThrow().equals(Draws.LARGEST_AMOUNT)) {
                    seen.add("largest amount");
                }
                if (c.budget().orElseThrow().first().equals(Year.of(0))) {
                    seen.add("year 0000");
                }
                if (c.budget().orElseThrow().last().equals(Year.of(9999))) {
                    seen.add("year 9999");
                }
                if (c.id().length() == 64) {
                    seen.add("64-character contribution");
                }
            });
            if (history.base().parties().stream().map(Party::id).anyMatch(id -> id.length() == 64)) {
                seen.add("64-character party");
            }
            if (history.base().phases().stream().anyMatch(p -> p.orientations().isEmpty())) {
                seen.add("no orientation");
            }
            if (history.base().legalBases().isEmpty()) {
                seen.add("no legal basis");
            }
            LocalDate last = Standing.lastDay(history.base());
            for (AmendmentRecord record : history.amendments()) {
                if (record instanceof Amendment a && !a.isDraft()
                        && a.term().end().flatMap(end -> end.date()).filter(last::equals).isPresent()) {
                    seen.add("in force until the last day");
                }
            }
        }
        assertThat(seen).containsExactlyInAnyOrder("0.01 €", "largest amount", "year 0000", "year 9999",
                "64-character contribution", "64-character party", "no orientation", "no legal basis",
                "in force until the last day");
    }

    @Test
    void anAmendmentSignedOnTheConventionsLastDayIsAccepted() {
        SplittableRandom random = new SplittableRandom(19);
        for (int i = 0; i < 100; i++) {
            Convention convention = ConventionGen.conventions().generate(random, 8);
            Amendment amendment = EdgeCases.withProbability(1, AmendmentGen.amendments(convention)).generate(random, 8);
            assertThat(amendment.lastSignatureDate()).contains(Standing.lastDay(convention));
            assertThat(Violation.certainOf(History.of(convention).check(amendment))).isEmpty();
        }
    }

    @Test
    void theMixIsDeterministicUnderTheSeedAndAbsentAtProbabilityZero() {
        for (long seed = 0; seed < 30; seed++) {
            assertThat(EDGY.sample(seed, 10)).isEqualTo(EDGY.sample(seed, 10));
            History plain = EdgeCases.withProbability(0, HistoryGen.histories()).sample(seed, 10);
            assertThat(contributions(plain).map(c -> c.amount().orElseThrow()))
                    .doesNotContain(Draws.SMALLEST_AMOUNT, Draws.LARGEST_AMOUNT);
        }
    }

    @Test
    void theProbabilityIsThatOfTheInnermostGeneratorRunning() {
        assertThat(EdgeCases.probability()).isEqualTo(EdgeCases.DEFAULT_PROBABILITY);
        Gen<Double> inner = EdgeCases.withProbability(0.25, (random, size) -> EdgeCases.probability());
        Gen<List<Double>> outer = EdgeCases.withProbability(1, (random, size) ->
                List.of(EdgeCases.probability(), inner.generate(random, size), EdgeCases.probability()));
        assertThat(outer.sample(1, 1)).containsExactly(1.0, 0.25, 1.0);
        assertThat(EdgeCases.probability()).isEqualTo(EdgeCases.DEFAULT_PROBABILITY);
        assertThatThrownBy(() -> EdgeCases.withProbability(1.5, HistoryGen.histories()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1.5");
        assertThatThrownBy(() -> EdgeCases.withProbability(Double.NaN, HistoryGen.histories()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theLongestIdentifiersOfTheKnownBodiesAreDistinctAndValid() {
        Set<String> ids = new HashSet<>();
        for (FrenchData.Body body : FrenchData.BODIES) {
            String id = Draws.longest(body.id());
            assertThat(id).hasSize(64).startsWith(body.id() + "-");
            ids.add(id);
            assertThat(Party.builder().id(id).name(body.name()).kind(body.kind()).build().id()).isEqualTo(id);
        }
        assertThat(ids).hasSameSizeAs(FrenchData.BODIES);
    }
}
