package dev.conventio.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.conventio.party.Civility;
import dev.conventio.party.Mandate;
import dev.conventio.party.Party;
import dev.conventio.party.Person;
import dev.conventio.party.Representative;
import dev.conventio.party.Siren;
import dev.conventio.party.Siret;
import dev.conventio.testkit.FrenchData.Body;
import dev.conventio.validation.ValidationException;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * What {@link PartyGen} documents, over seeded samples of 2 000 values: SIREN and SIRET numbers with
 * their check digits and La Poste's share, people and their civilities, representatives, mandates,
 * and parties with distinct or free identifiers. A proportion is checked within a band around the
 * one documented, wide enough for the sample, narrow enough to fail if the draw changed.
 */
class PartyGenTest {

    private static final int SAMPLE = 2_000;

    /** The Luhn check, written here independently of the generator's. */
    private static boolean luhn(String digits) {
        int sum = 0;
        for (int i = 0; i < digits.length(); i++) {
            int digit = digits.charAt(digits.length() - 1 - i) - '0';
            if (i % 2 == 1) {
                digit *= 2;
                if (digit > 9) {
                    digit -= 9;
                }
            }
            sum += digit;
        }
        return sum % 10 == 0;
    }

    private static int digitSum(String digits) {
        return digits.chars().map(c -> c - '0').sum();
    }

    @Test
    void sirensPassTheLuhnCheckAndOneInTwentyIsLaPostes() {
        List<Siren> sirens = Samples.of(PartyGen.sirens(), 0x51e1L, SAMPLE);
        long laPoste = sirens.stream().filter(siren -> siren.toString().equals(PartyGen.LA_POSTE)).count();
        assertThat(laPoste).isBetween(60L, 140L);
        assertThat(sirens).allMatch(siren -> luhn(siren.toString()));
        assertThat(sirens.stream().map(Siren::toString).collect(Collectors.toSet())).hasSizeGreaterThan(SAMPLE - (int) laPoste - 5);
    }

    @Test
    void siretsIncludeLaPostesEstablishmentsThatPassOnlyItsDigitSumRule() {
        List<Siret> sirets = Samples.of(PartyGen.sirets(), 0x51e2L, SAMPLE);
        List<Siret> laPoste = sirets.stream().filter(siret -> siret.siren().toString().equals(PartyGen.LA_POSTE)).toList();
        assertThat(laPoste.size()).isBetween(60, 140);
        List<Siret> luhnOnlyNot = laPoste.stream().filter(siret -> !luhn(siret.toString())).toList();
        assertThat(luhnOnlyNot).as("La Poste's establishments outside the Luhn check").isNotEmpty()
                .allMatch(siret -> digitSum(siret.toString()) % 5 == 0);
        assertThat(sirets).filteredOn(siret -> !siret.siren().toString().equals(PartyGen.LA_POSTE))
                .allMatch(siret -> luhn(siret.toString()));
    }

    @Test
    void luhnSiretsAreNeverLaPostesAndAnyOtherLastDigitIsRefused() {
        List<Siret> sirets = Samples.of(PartyGen.luhnSirets(), 0x51e3L, SAMPLE);
        assertThat(sirets).allMatch(siret -> luhn(siret.toString()) && luhn(siret.siren().toString())
                && !siret.siren().isLaPoste());
        for (Siret siret : sirets.subList(0, 50)) {
            String text = siret.toString();
            char last = text.charAt(13);
            for (char other = '0'; other <= '9'; other++) {
                if (other != last) {
                    String changed = text.substring(0, 13) + other;
                    assertThatThrownBy(() -> Siret.parse(changed)).as(changed).isInstanceOf(ValidationException.class);
                }
            }
        }
    }

    @Test
    void appendsTheDigitThatMakesTheLuhnSumAMultipleOfTen() {
        assertThat(PartyGen.withCheckDigit("73282932")).isEqualTo("732829320");
        assertThat(PartyGen.withCheckDigit("0")).isEqualTo("00");
        assertThat(PartyGen.withCheckDigit("5")).isEqualTo("59");
        assertThat(PartyGen.withCheckDigit("18")).isEqualTo("182");
    }

    @Test
    void peopleHaveInventedNamesOrAReferenceSignatoryAndACivilityThreeTimesInFour() {
        List<Person> persons = Samples.of(PartyGen.persons(), 0x9e250L, SAMPLE);
        Set<String> reference = new HashSet<>(FrenchData.REFERENCE_WOMEN);
        reference.addAll(FrenchData.REFERENCE_MEN);
        long ofReference = persons.stream().filter(person -> reference.contains(person.fullName())).count();
        assertThat(ofReference).isBetween(140L, 260L);
        long withCivility = persons.stream().filter(person -> person.civility().isPresent()).count();
        assertThat(withCivility).isBetween(1_400L, 1_600L);
        for (Person person : persons) {
            String first = person.fullName().split(" ")[0];
            boolean woman = FrenchData.WOMEN.contains(first) || FrenchData.REFERENCE_WOMEN.contains(person.fullName());
            boolean man = FrenchData.MEN.contains(first) || FrenchData.REFERENCE_MEN.contains(person.fullName());
            assertThat(woman ^ man).as(person.fullName()).isTrue();
            if (!reference.contains(person.fullName())) {
                assertThat(FrenchData.SURNAMES).contains(person.fullName().substring(first.length() + 1));
            }
            person.civility().ifPresent(civility -> assertThat(civility).as(person.fullName())
                    .isEqualTo(woman ? Civility.MADAME : Civility.MONSIEUR));
        }
    }

    @Test
    void representativesCarryABodysTitleHalfOfThemOrTheirDelegate() {
        List<Representative> representatives = Samples.of(PartyGen.representatives(), 0x4e9L, SAMPLE);
        Set<String> titles = FrenchData.BODIES.stream().map(Body::representativeTitle).collect(Collectors.toSet());
        assertThat(representatives).allMatch(representative -> titles.contains(representative.title())
                && representative.person().isPresent());
        long delegates = representatives.stream().filter(Representative::orDelegate).count();
        assertThat(delegates).isBetween(900L, 1_100L);
    }

    @Test
    void mandatesAreDatedFrom2015To2024AndOneInFiveHasAnUnknownNumber() {
        List<Mandate> mandates = Samples.of(PartyGen.mandates(), 0x3a7dL, SAMPLE);
        Set<String> bodies = FrenchData.BODIES.stream().map(Body::decidingBody).collect(Collectors.toSet());
        assertThat(mandates).allMatch(mandate -> bodies.contains(mandate.decidingBody())
                && !mandate.date().isBefore(LocalDate.of(2015, 1, 1)) && !mandate.date().isAfter(LocalDate.of(2024, 12, 31)));
        long unknown = mandates.stream().filter(mandate -> mandate.deliberationNumber().isEmpty()).count();
        assertThat(unknown).isBetween(320L, 480L);
        for (Mandate mandate : mandates) {
            mandate.deliberationNumber().ifPresent(number -> assertThat(number).as(mandate.toString())
                    .matches("(" + String.join("|", FrenchData.REFERENCE_SERVICES) + ") \\d{3}-\\d{4}/\\d{2}/BM")
                    .endsWith(String.format("/%02d/BM", mandate.date().getYear() % 100)));
        }
        assertThat(mandates.stream().map(Mandate::date).collect(Collectors.toSet())).hasSizeGreaterThan(1_000);
    }

    @Test
    void partiesAreKnownBodiesWithTheirIdentifiersInFourEqualShares() {
        List<Party> parties = Samples.of(PartyGen.parties(), 0x9a27L, SAMPLE);
        int sirenOnly = 0;
        int siretOnly = 0;
        int both = 0;
        int longest = 0;
        for (Party party : parties) {
            Body body = FrenchData.BODIES.stream().filter(candidate -> party.id().equals(candidate.id())
                    || party.id().equals(Draws.longest(candidate.id()))).findFirst().orElseThrow();
            assertThat(party.name()).isEqualTo(body.name());
            assertThat(party.kind()).isEqualTo(body.kind());
            if (party.id().length() == Draws.LONGEST_IDENTIFIER) {
                longest++;
            }
            party.representative().ifPresent(representative -> assertThat(representative.title())
                    .isEqualTo(body.representativeTitle()));
            party.mandate().ifPresent(mandate -> assertThat(mandate.decidingBody()).isEqualTo(body.decidingBody()));
            if (party.siren().isPresent() && party.siret().isPresent()) {
                both++;
                assertThat(party.siret().orElseThrow().siren()).isEqualTo(party.siren().orElseThrow());
            } else if (party.siren().isPresent()) {
                sirenOnly++;
                assertThat(party.siren().orElseThrow().isLaPoste()).isFalse();
            } else if (party.siret().isPresent()) {
                siretOnly++;
            }
        }
        assertThat(List.of(sirenOnly, siretOnly, both)).allMatch(count -> count >= 400 && count <= 600);
        assertThat(SAMPLE - sirenOnly - siretOnly - both).as("neither").isBetween(400, 600);
        assertThat(longest).as("the longest identifier, one time in twenty").isBetween(60, 140);
        assertThat(parties.stream().filter(party -> party.representative().isPresent()).count()).isBetween(1_400L, 1_600L);
        assertThat(parties.stream().filter(party -> party.mandate().isPresent()).count()).isBetween(900L, 1_100L);
    }

    @Test
    void distinctPartiesHaveDistinctBodiesAndALengthThatGrowsWithTheSize() {
        Gen<List<Party>> two = PartyGen.distinctParties(2, 6);
        Set<Integer> lengths = new HashSet<>();
        for (int size = 0; size <= 8; size++) {
            for (long seed = 0; seed < 100; seed++) {
                List<Party> parties = two.sample(seed, size);
                assertThat(parties.size()).isBetween(2, Math.min(6, 2 + size));
                assertThat(parties.stream().map(party -> party.name()).distinct().count()).isEqualTo(parties.size());
                assertThat(parties.stream().map(Party::id).distinct().count()).isEqualTo(parties.size());
                lengths.add(parties.size());
            }
        }
        assertThat(lengths).containsExactly(2, 3, 4, 5, 6);
        assertThat(PartyGen.distinctParties(1, 1).sample(3, 10)).hasSize(1);
        assertThat(PartyGen.distinctParties(20, 20).sample(3, 10)).hasSize(20);
        for (int[] bounds : new int[][] {{0, 3}, {3, 2}, {1, 21}}) {
            assertThatThrownBy(() -> PartyGen.distinctParties(bounds[0], bounds[1]))
                    .isInstanceOf(IllegalArgumentException.class).hasMessage("distinct parties need 1 <= min <= max <= 20, were "
                            + bounds[0] + ", " + bounds[1]);
        }
    }

    @Test
    void partiesOtherThanTheTakenOnesAvoidTheirIdentifiersOrDeriveAFreshOne() {
        List<String> ids = FrenchData.BODIES.stream().map(Body::id).toList();
        Set<String> taken = Set.copyOf(ids.subList(0, ids.size() - 1));
        String free = ids.get(ids.size() - 1);
        for (Party party : Samples.of(PartyGen.partiesOtherThan(taken), 0x0e1L, 200)) {
            assertThat(party.id()).isIn(free, Draws.longest(free));
        }
        Set<String> longestTaken = new HashSet<>(taken);
        longestTaken.add(Draws.longest(free));
        assertThat(Samples.of(PartyGen.partiesOtherThan(longestTaken), 0x0e2L, 50))
                .as("a body whose longest identifier is taken is taken: every identifier is derived")
                .allMatch(party -> party.id().endsWith("-" + longestTaken.size()));
        Set<String> all = Set.copyOf(ids);
        for (Party party : Samples.of(PartyGen.partiesOtherThan(all), 0x0e3L, 200)) {
            assertThat(party.id()).endsWith("-" + all.size()).isNotIn(all);
            assertThat(ids).contains(party.id().substring(0, party.id().length() - ("-" + all.size()).length()));
        }
        assertThatThrownBy(() -> PartyGen.partiesOtherThan(null)).isInstanceOf(NullPointerException.class)
                .hasMessage("taken");
    }
}
