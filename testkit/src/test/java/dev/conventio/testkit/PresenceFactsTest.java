package dev.conventio.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.conventio.convention.Convention;
import dev.conventio.decision.Authorisation;
import dev.conventio.decision.Opinion;
import dev.conventio.decision.Verdict;
import dev.conventio.party.Rna;
import dev.conventio.publication.JournalOfficiel;
import dev.conventio.publication.Publication;
import dev.conventio.signature.Signature;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * What {@link PresenceGen} documents of who is bound and who is there, over a seeded sample: RNA
 * numbers with Corsica's departments, authorisations dated before their signatures, opinions
 * before the signatures or for information, and the Journal officiel's issue numbers and dates.
 */
class PresenceFactsTest {

    @Test
    void aTenthOfRnaNumbersAreOfEachCorsicanDepartment() {
        List<Rna> rnas = Samples.of(PresenceGen.rnas(), 0x2aL, 2_000);
        long southern = rnas.stream().filter(rna -> rna.toString().startsWith("W2A")).count();
        long northern = rnas.stream().filter(rna -> rna.toString().startsWith("W2B")).count();
        assertThat(southern).isBetween(140L, 260L);
        assertThat(northern).isBetween(140L, 260L);
        assertThat(rnas).allMatch(rna -> rna.toString().length() == 10);
    }

    @Test
    void authorisationsOpinionsAndPublicationsAreDatedAroundTheSignatures() {
        int authorised = 0;
        int numbered = 0;
        int signatures = 0;
        int published = 0;
        Set<Verdict> verdicts = EnumSet.noneOf(Verdict.class);
        for (Convention convention : Samples.of(PresenceGen.conventions(), 0x9e5L, 150)) {
            Map<String, LocalDate> signed = convention.signatures().stream()
                    .collect(Collectors.toMap(Signature::party, signature -> signature.date().orElseThrow()));
            signatures += signed.size();
            for (Authorisation authorisation : convention.authorisations()) {
                authorised++;
                LocalDate day = authorisation.decision().date().date().orElseThrow();
                LocalDate signature = signed.get(authorisation.party());
                assertThat(day).isBeforeOrEqualTo(signature).isAfter(signature.minusDays(90));
                if (authorisation.decision().number().isPresent()) {
                    numbered++;
                    assertThat(authorisation.decision().number().orElseThrow()).matches("DEL-([1-9]\\d{0,2})");
                }
            }
            LocalDate concluded = Conclusions.from(convention);
            LocalDate first = signed.values().stream().min(LocalDate::compareTo).orElse(concluded);
            Opinion opinion = convention.opinions().get(0);
            verdicts.add(opinion.verdict());
            LocalDate given = opinion.date().date().orElseThrow();
            if (opinion.verdict() == Verdict.FOR_INFORMATION) {
                assertThat(given).isBetween(concluded, concluded.plusDays(29));
            } else {
                assertThat(given).isBefore(first).isAfterOrEqualTo(first.minusDays(30));
            }
            for (Publication publication : convention.publications()) {
                if (!(publication instanceof JournalOfficiel jo)) {
                    continue;   // the base convention's own publication
                }
                published++;
                assertThat(jo.issueNumber().orElseThrow()).matches("0\\d{3}").isBetween("0001", "0300");
                assertThat(jo.date().date().orElseThrow()).isAfter(concluded).isBeforeOrEqualTo(concluded.plusDays(10));
            }
        }
        assertThat(authorised).as("one signature in two").isBetween(signatures * 2 / 5, signatures * 3 / 5);
        assertThat(numbered).as("one authorisation in two numbered").isBetween(authorised * 2 / 5, authorised * 3 / 5);
        assertThat(verdicts).containsExactlyInAnyOrder(Verdict.values());
        assertThat(published).as("one convention in two").isBetween(50, 100);
    }
}
