package dev.conventio.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.conventio.party.PartyCodes;
import dev.conventio.validation.CommonCodes;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The malformed identifiers are each of the mistakes {@link IdentityCases} draws on a valid one: a
 * digit dropped, a letter O or a space put in, a check digit shifted, another company's SIRET.
 */
class IdentityCasesTest {

    private static List<String> mutations(dev.conventio.validation.ViolationCode code) {
        return CaseMutations.of(code, 0x1d3L, 300);
    }

    private static Matcher match(String regex, String mutation) {
        Matcher matcher = Pattern.compile(regex).matcher(mutation);
        assertThat(matcher.matches()).as(mutation).isTrue();
        return matcher;
    }

    @Test
    void partyIdentifiersAreEachOfSevenMistakes() {
        Set<String> ids = new TreeSet<>();
        for (String mutation : mutations(CommonCodes.IDENTIFIER_MALFORMED)) {
            ids.add(match("party id '[a-z0-9-]+' -> '(.*)'", mutation).group(1));
        }
        assertThat(ids).containsExactlyInAnyOrder("", "Metropole-AMP", "metropole amp", "-amp", "amp-", "métropole",
                "a".repeat(65));
    }

    @Test
    void aMalformedSirenLosesADigitGainsALetterOOrASpace() {
        Set<String> forms = new TreeSet<>();
        Set<Integer> positions = new TreeSet<>();
        for (String mutation : mutations(PartyCodes.SIREN_MALFORMED)) {
            Matcher matcher = match("SIREN (\\d{9}) -> '(.*)'", mutation);
            String valid = matcher.group(1);
            String bad = matcher.group(2);
            if (bad.length() == 8) {
                forms.add("digit dropped");
                assertThat(bad).matches("\\d{8}");
                int at = firstDifference(valid, bad);
                assertThat(valid.substring(0, at) + valid.substring(at + 1)).isEqualTo(bad);
            } else if (bad.indexOf('O') >= 0) {
                forms.add("letter O");
                int at = bad.indexOf('O');
                positions.add(at);
                assertThat(bad.substring(0, at) + valid.charAt(at) + bad.substring(at + 1)).isEqualTo(valid);
            } else {
                forms.add("space");
                assertThat(bad).isEqualTo(valid.substring(0, 3) + " " + valid.substring(3));
            }
        }
        assertThat(forms).containsExactlyInAnyOrder("digit dropped", "letter O", "space");
        assertThat(positions).containsExactly(0, 1, 2, 3, 4, 5, 6, 7, 8);
    }

    private static int firstDifference(String longer, String shorter) {
        int i = 0;
        while (i < shorter.length() && longer.charAt(i) == shorter.charAt(i)) {
            i++;
        }
        return i;
    }

    @Test
    void aChecksumMistakeShiftsTheLastDigitOnly() {
        for (String mutation : mutations(PartyCodes.SIREN_CHECKSUM)) {
            Matcher matcher = match("SIREN (\\d{8})(\\d) -> (\\d{8})(\\d)", mutation);
            assertThat(matcher.group(3)).isEqualTo(matcher.group(1));
            assertThat(matcher.group(4)).isNotEqualTo(matcher.group(2));
        }
        for (String mutation : mutations(PartyCodes.SIRET_CHECKSUM)) {
            Matcher matcher = match("SIRET (\\d{13})(\\d) -> (\\d{13})(\\d)", mutation);
            assertThat(matcher.group(3)).isEqualTo(matcher.group(1));
            assertThat(matcher.group(4)).isNotEqualTo(matcher.group(2));
        }
    }

    @Test
    void aMalformedSiretLosesItsFirstDigit() {
        for (String mutation : mutations(PartyCodes.SIRET_MALFORMED)) {
            Matcher matcher = match("SIRET (\\d)(\\d{13}) -> (\\d+)", mutation);
            assertThat(matcher.group(3)).isEqualTo(matcher.group(2));
        }
    }

    @Test
    void aMismatchedSiretIsOfTheSirenWithItsFirstDigitOneUp() {
        Set<Character> firsts = new TreeSet<>();
        for (String mutation : mutations(PartyCodes.PARTY_SIRET_SIREN_MISMATCH)) {
            Matcher matcher = match("SIREN (\\d{9}) with SIRET (\\d{14})", mutation);
            String siren = matcher.group(1);
            String siret = matcher.group(2);
            firsts.add(siren.charAt(0));
            assertThat(siret.charAt(0)).isEqualTo((char) ('0' + (siren.charAt(0) - '0' + 1) % 10));
            assertThat(siret.substring(1, 8)).isEqualTo(siren.substring(1, 8));
            assertThat(PartyGen.withCheckDigit(siret.substring(0, 8))).isEqualTo(siret.substring(0, 9));
        }
        assertThat(firsts).as("first digits of the SIRENs, 9 wrapping to 0 among them").contains('9');
    }
}
