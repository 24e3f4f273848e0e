package dev.conventio.testkit;

import dev.conventio.party.Civility;
import dev.conventio.party.Mandate;
import dev.conventio.party.Party;
import dev.conventio.party.Person;
import dev.conventio.party.Representative;
import dev.conventio.party.Siren;
import dev.conventio.party.Siret;
import dev.conventio.testkit.FrenchData.Body;
import dev.conventio.testkit.shrink.Spans;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.random.RandomGenerator;

/**
 * Generators of parties and of what identifies them: SIREN and SIRET numbers, people,
 * representatives and mandates.
 *
 * <p>Every value is valid by construction: SIREN and SIRET numbers get a computed Luhn check digit
 * (or, for the establishments of La Poste, a last digit that makes their digit sum a multiple of 5),
 * and a party's SIRET always belongs to its SIREN. Parties are real French public bodies or invented
 * associations; people have invented names, except the signatories of the reference document. Now
 * and then, with the probability of {@link EdgeCases}, a party's identifier has the longest length
 * allowed, 64 characters.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1
 */
public final class PartyGen {

    /** The SIREN of La Poste, whose establishments follow a digit-sum rule. */
    static final String LA_POSTE = "356000000";

    private PartyGen() {
    }

    /**
     * Obtains a generator of valid SIREN numbers; about one in twenty is La Poste's.
     *
     * @return the generator, never null
     */
    public static Gen<Siren> sirens() {
        return (random, size) -> Siren.parse(sirenDigits(random));
    }

    /**
     * Obtains a generator of valid SIRET numbers, including establishments of La Poste that pass
     * only its digit-sum rule.
     *
     * @return the generator, never null
     */
    public static Gen<Siret> sirets() {
        return (random, size) -> siretOf(random, sirenDigits(random));
    }

    /**
     * Obtains a generator of valid SIRET numbers of companies other than La Poste, whose last digit
     * is a Luhn check digit: changing any one digit makes the number invalid.
     *
     * @return the generator, never null
     */
    public static Gen<Siret> luhnSirets() {
        // A first digit other than 3 keeps La Poste's SIREN (356 000 000) out.
        return (random, size) -> siretOf(random, withCheckDigit("12456789".charAt(random.nextInt(8)) + digits(random, 7)));
    }

    private static String sirenDigits(RandomGenerator random) {
        return random.nextInt(20) == 0 ? LA_POSTE : withCheckDigit(digits(random, 8));
    }

    /** Builds a SIRET of the given SIREN, whose last digit satisfies the rule that applies. */
    static Siret siretOf(RandomGenerator random, String siren) {
        String payload = siren + digits(random, 4);
        if (siren.equals(LA_POSTE) && random.nextBoolean()) {
            int sum = payload.chars().map(c -> c - '0').sum();
            int last = (5 - sum % 5) % 5 + (random.nextBoolean() ? 5 : 0);
            return Siret.parse(payload + last);
        }
        return Siret.parse(withCheckDigit(payload));
    }

    private static String digits(RandomGenerator random, int count) {
        StringBuilder digits = new StringBuilder(count);
        for (int i = 0; i < count; i++) {
            digits.append((char) ('0' + random.nextInt(10)));
        }
        return digits.toString();
    }

    /**
     * Appends the Luhn check digit to a string of digits: the digit that makes the whole pass.
     *
     * @param payload  ASCII digits, not null
     * @return the payload followed by its check digit, never null
     */
    static String withCheckDigit(String payload) {
        int sum = 0;
        boolean doubled = true;
        for (int i = payload.length() - 1; i >= 0; i--) {
            int digit = payload.charAt(i) - '0';
            if (doubled) {
                digit = digit * 2 > 9 ? digit * 2 - 9 : digit * 2;
            }
            sum += digit;
            doubled = !doubled;
        }
        return payload + (10 - sum % 10) % 10;
    }

    /**
     * Obtains a generator of people with invented names (or, now and then, a signatory of the
     * reference document), with a civility three times in four.
     *
     * @return the generator, never null
     */
    public static Gen<Person> persons() {
        return (random, size) -> {
            boolean woman = random.nextBoolean();
            String name;
            if (random.nextInt(10) == 0) {
                name = pick(random, woman ? FrenchData.REFERENCE_WOMEN : FrenchData.REFERENCE_MEN);
            } else {
                name = pick(random, woman ? FrenchData.WOMEN : FrenchData.MEN) + " " + pick(random, FrenchData.SURNAMES);
            }
            return random.nextInt(4) == 0 ? Person.of(name)
                    : Person.of(woman ? Civility.MADAME : Civility.MONSIEUR, name);
        };
    }

    /**
     * Obtains a generator of representatives with the titles French bodies use.
     *
     * @return the generator, never null
     */
    public static Gen<Representative> representatives() {
        return (random, size) -> representative(random, size, pick(random, FrenchData.BODIES));
    }

    private static Representative representative(RandomGenerator random, int size, Body body) {
        Person person = persons().generate(random, size);
        return random.nextBoolean() ? Representative.of(person, body.representativeTitle())
                : Representative.orDelegate(person, body.representativeTitle());
    }

    /**
     * Obtains a generator of mandates dated between 2015 and 2024, whose deliberation number is
     * unknown ({@code n°.....}) one time in five.
     *
     * @return the generator, never null
     */
    public static Gen<Mandate> mandates() {
        return (random, size) -> mandate(random, pick(random, FrenchData.BODIES));
    }

    private static Mandate mandate(RandomGenerator random, Body body) {
        LocalDate date = Dates.between(random, LocalDate.of(2015, 1, 1), LocalDate.of(2024, 12, 31));
        if (random.nextInt(5) == 0) {
            return Mandate.withUnknownNumber(body.decidingBody(), date);
        }
        String number = String.format("%s %03d-%d/%02d/%s", pick(random, FrenchData.REFERENCE_SERVICES),
                random.nextInt(1000), 1000 + random.nextInt(9000), date.getYear() % 100, "BM");
        return Mandate.of(body.decidingBody(), number, date);
    }

    /**
     * Obtains a generator of parties: a French public body or association, with or without SIREN,
     * SIRET, representative and mandate.
     *
     * @return the generator, never null
     */
    public static Gen<Party> parties() {
        return (random, size) -> party(random, size, pick(random, FrenchData.BODIES));
    }

    /**
     * Obtains a generator of lists of parties with distinct identifiers, as a convention needs.
     *
     * @param min  the fewest parties, at least 1
     * @param max  the most parties, not less than {@code min}, at most 20
     * @return the generator of lists whose length grows with the size, never null
     * @throws IllegalArgumentException if the bounds are out of range
     */
    public static Gen<List<Party>> distinctParties(int min, int max) {
        if (min < 1 || max < min || max > 20) {
            throw new IllegalArgumentException("distinct parties need 1 <= min <= max <= 20, were " + min + ", " + max);
        }
        return (random, size) -> {
            int count = Draws.length(random, min, Math.min(max, min + size));
            List<Party> parties = new ArrayList<>(count);
            int[] bodies = java.util.stream.IntStream.range(0, FrenchData.BODIES.size()).toArray();
            for (int i = 0; i < count; i++) {
                // One step of a partial shuffle per party, its draws with the party's own: the body
                // is one not taken yet, and the parties come in the order they are drawn.
                Spans.open(random);
                int j = random.nextInt(i, bodies.length);
                int body = bodies[j];
                bodies[j] = bodies[i];
                bodies[i] = body;
                parties.add(party(random, size, FrenchData.BODIES.get(body)));
                Spans.close(random);
            }
            return List.copyOf(parties);
        };
    }

    /**
     * Obtains a generator of parties whose identifiers are none of the given ones, such as a party an
     * amendment adds to a convention.
     *
     * @param taken  the identifiers already in use, not null
     * @return the generator, never null
     * @throws NullPointerException if the set is null
     */
    public static Gen<Party> partiesOtherThan(Collection<String> taken) {
        Set<String> excluded = Set.copyOf(Objects.requireNonNull(taken, "taken"));
        return (random, size) -> {
            List<Body> free = FrenchData.BODIES.stream().filter(body -> !excluded.contains(body.id())
                    && !excluded.contains(Draws.longest(body.id()))).toList();
            if (!free.isEmpty()) {
                return party(random, size, pick(random, free));
            }
            // Every known body is taken: derive a fresh identifier from the number taken.
            Body body = pick(random, FrenchData.BODIES);
            Party party = party(random, size, body);
            return Party.builder().from(party).id(body.id() + "-" + excluded.size()).build();
        };
    }

    private static Party party(RandomGenerator random, int size, Body body) {
        String id = Draws.edge(random) ? Draws.longest(body.id()) : body.id();
        Party.Builder builder = Party.builder().id(id).name(body.name()).kind(body.kind());
        int identity = random.nextInt(4);
        String siren = sirenDigits(random);
        if (identity == 1 || identity == 3) {
            builder.siren(Siren.parse(siren));
        }
        if (identity >= 2) {
            builder.siret(siretOf(random, siren));
        }
        if (random.nextInt(4) != 0) {
            builder.representative(representative(random, size, body));
        }
        if (random.nextBoolean()) {
            builder.mandate(mandate(random, body));
        }
        return builder.build();
    }

    static <T> T pick(RandomGenerator random, List<T> values) {
        return values.get(random.nextInt(values.size()));
    }
}
