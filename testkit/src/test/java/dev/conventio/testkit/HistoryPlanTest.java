package dev.conventio.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.conventio.amendment.Amendment;
import dev.conventio.amendment.AmendmentRecord;
import dev.conventio.amendment.UnrecordedAmendment;
import dev.conventio.convention.Convention;
import dev.conventio.signature.Signature;
import dev.conventio.term.Term;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The amendments a history plans keep the nesting {@link HistoryGen} documents, over a seeded
 * sample: unrecorded ones first, then signed ones concluded and started in the first half of the
 * convention's term, in order, ending in the second half, each on or before the previous end, then
 * now and then a draft; the edge cases, zero gaps, come up.
 */
class HistoryPlanTest {

    private static final int SAMPLE = 600;

    @Test
    void signedAmendmentsNestInTheConventionsTerm() {
        SplittableRandom random = new SplittableRandom(0x91a7L);
        TreeSet<Integer> unrecordedCounts = new TreeSet<>();
        int withUnrecorded = 0;
        int withDraft = 0;
        int signed = 0;
        int concludedOnPreviousStart = 0;
        int endingOnTheLastDay = 0;
        for (int n = 0; n < SAMPLE; n++) {
            Convention convention = ConventionGen.conventions().generate(random, 10);
            LocalDate from = Conclusions.from(convention);
            LocalDate to = Standing.lastDay(convention);
            LocalDate middle = from.plusDays(Math.max(1, ChronoUnit.DAYS.between(from, to) / 2));
            List<AmendmentRecord> records = HistoryPlan.records(random, 10, convention, to, 10);
            int unrecorded = 0;
            boolean first = true;
            LocalDate previousStart = from;
            LocalDate previousEnd = to;
            for (int i = 0; i < records.size(); i++) {
                AmendmentRecord record = records.get(i);
                assertThat(record.number()).isEqualTo(i + 1);
                if (record instanceof UnrecordedAmendment) {
                    assertThat(i).as("unrecorded amendments come first").isEqualTo(unrecorded);
                    unrecorded++;
                    continue;
                }
                Amendment amendment = (Amendment) record;
                if (amendment.isDraft()) {
                    assertThat(i).as("a draft comes last").isEqualTo(records.size() - 1);
                    withDraft++;
                    continue;
                }
                signed++;
                LocalDate concluded = amendment.lastSignatureDate().orElseThrow();
                Term term = amendment.term();
                LocalDate start = term.start().startDate(Optional.of(concluded)).orElseThrow();
                LocalDate end = term.lastDay(start).orElseThrow();
                assertThat(concluded).as("conclusion of %s", amendment.number()).isAfterOrEqualTo(previousStart)
                        .isBefore(middle);
                assertThat(start).as("start of %s", amendment.number()).isAfterOrEqualTo(concluded).isBefore(middle);
                assertThat(end).as("end of %s", amendment.number()).isAfterOrEqualTo(middle)
                        .isBeforeOrEqualTo(previousEnd);
                LocalDate earliest = concluded.minusDays(30).isBefore(previousStart) ? previousStart
                        : concluded.minusDays(30);
                for (Signature signature : amendment.signatures()) {
                    signature.signedOn().flatMap(dev.conventio.date.PartialDate::latest).ifPresent(day ->
                            assertThat(day).as("signature of %s", amendment.number()).isBetween(earliest, concluded));
                }
                concludedOnPreviousStart += !first && concluded.equals(previousStart) ? 1 : 0;
                first = false;
                endingOnTheLastDay += end.equals(to) ? 1 : 0;
                previousStart = start;
                previousEnd = end;
            }
            unrecordedCounts.add(unrecorded);
            withUnrecorded += unrecorded > 0 ? 1 : 0;
        }
        assertThat(unrecordedCounts).containsExactly(0, 1, 2);
        assertThat(withUnrecorded / (double) SAMPLE).as("histories with unrecorded amendments").isBetween(0.18, 0.32);
        assertThat(withDraft / (double) SAMPLE).as("histories ending in a draft").isBetween(0.14, 0.26);
        assertThat(signed).isGreaterThan(SAMPLE);
        assertThat(concludedOnPreviousStart).as("amendments concluded the day the previous took effect").isPositive();
        assertThat(endingOnTheLastDay).as("amendments in force to the convention's last day").isPositive();
    }

    @Test
    void noSignedAmendmentBeyondTheMaximum() {
        SplittableRandom random = new SplittableRandom(7);
        TreeSet<Long> counts = new TreeSet<>();
        for (int n = 0; n < 300; n++) {
            Convention convention = ConventionGen.conventions().generate(random, 10);
            List<AmendmentRecord> records = HistoryPlan.records(random, 10, convention, Standing.lastDay(convention), 2);
            counts.add(records.stream().filter(r -> r instanceof Amendment a && !a.isDraft()).count());
        }
        assertThat(counts).containsExactly(0L, 1L, 2L);
    }
}
