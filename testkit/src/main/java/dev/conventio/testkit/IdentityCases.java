package dev.conventio.testkit;

import static dev.conventio.testkit.PartyGen.pick;

import dev.conventio.party.Party;
import dev.conventio.party.PartyCodes;
import dev.conventio.party.Siren;
import dev.conventio.party.Siret;
import dev.conventio.validation.CommonCodes;
import dev.conventio.validation.ViolationCode;
import java.util.List;
import java.util.Map;

/** The invalid cases of the identity of parties (identifiers, SIREN and SIRET), for {@link InvalidCases}. */
final class IdentityCases {

    private IdentityCases() {
    }

    static void addTo(Map<ViolationCode, Gen<InvalidCase>> cases) {
        invariantsOfParties(cases);
    }

    private static void invariantsOfParties(Map<ViolationCode, Gen<InvalidCase>> cases) {
        cases.put(CommonCodes.IDENTIFIER_MALFORMED, PartyGen.parties().flatMap(party -> (random, size) -> {
            String id = pick(random, List.of("", "Metropole-AMP", "metropole amp", "-amp", "amp-", "métropole",
                    "a".repeat(65)));
            return InvalidCase.of(CommonCodes.IDENTIFIER_MALFORMED, "party id '" + party.id() + "' -> '" + id + "'",
                    () -> Party.builder().from(party).id(id).build());
        }));
        cases.put(PartyCodes.SIREN_MALFORMED, PartyGen.sirens().flatMap(siren -> (random, size) -> {
            String text = siren.toString();
            int at = random.nextInt(9);
            String bad = switch (random.nextInt(3)) {
                case 0 -> text.substring(0, at) + text.substring(at + 1);
                case 1 -> text.substring(0, at) + 'O' + text.substring(at + 1);
                default -> text.substring(0, 3) + ' ' + text.substring(3);
            };
            return InvalidCase.of(PartyCodes.SIREN_MALFORMED, "SIREN " + text + " -> '" + bad + "'",
                    () -> Siren.parse(bad));
        }));
        cases.put(PartyCodes.SIREN_CHECKSUM, PartyGen.sirens().flatMap(siren -> (random, size) -> {
            String bad = InvalidCases.lastDigitShifted(random, siren.toString());
            return InvalidCase.of(PartyCodes.SIREN_CHECKSUM, "SIREN " + siren + " -> " + bad, () -> Siren.parse(bad));
        }));
        cases.put(PartyCodes.SIRET_MALFORMED, PartyGen.sirets().map(siret -> {
            String bad = siret.toString().substring(1);
            return InvalidCase.of(PartyCodes.SIRET_MALFORMED, "SIRET " + siret + " -> " + bad, () -> Siret.parse(bad));
        }));
        cases.put(PartyCodes.SIRET_CHECKSUM, PartyGen.luhnSirets().flatMap(siret -> (random, size) -> {
            String bad = InvalidCases.lastDigitShifted(random, siret.toString());
            return InvalidCase.of(PartyCodes.SIRET_CHECKSUM, "SIRET " + siret + " -> " + bad, () -> Siret.parse(bad));
        }));
        cases.put(PartyCodes.PARTY_SIRET_SIREN_MISMATCH, PartyGen.parties().flatMap(party -> (random, size) -> {
            Siren siren = PartyGen.sirens().generate(random, size);
            String digits = siren.toString();
            // Another valid SIREN: the first digit changed, the check digit recomputed.
            String other = PartyGen.withCheckDigit((char) ('0' + (digits.charAt(0) - '0' + 1) % 10) + digits.substring(1, 8));
            Siret siret = PartyGen.siretOf(random, other);
            return InvalidCase.of(PartyCodes.PARTY_SIRET_SIREN_MISMATCH, "SIREN " + siren + " with SIRET " + siret,
                    () -> Party.builder().from(party).siren(siren).siret(siret).build());
        }));
    }
}
