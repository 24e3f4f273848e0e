package dev.conventio.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.conventio.convention.ConventionCodes;
import dev.conventio.party.PartyCodes;
import dev.conventio.validation.ViolationCode;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The invalid identifiers and vocabularies of parties are each of the targeted mistakes the cases
 * list, all drawn over a sample of a few hundred, and each rejected with its code.
 */
class PartyCasesTest {

    private static List<String> mutations(ViolationCode code) {
        return CaseMutations.of(code, 0x9a27L, 300);
    }

    @Test
    void aMalformedRnaIsOneOfFiveMistakesOnAValidOne() {
        Pattern rna = Pattern.compile("RNA (W[0-9A-Z]{9}) -> '(.*)'");
        Set<Integer> mistakes = new TreeSet<>();
        for (String mutation : mutations(PartyCodes.RNA_MALFORMED)) {
            Matcher matcher = rna.matcher(mutation);
            assertThat(matcher.matches()).as(mutation).isTrue();
            String valid = matcher.group(1);
            List<String> five = List.of(valid.substring(1), valid.substring(0, 9), "X" + valid.substring(1),
                    valid.toLowerCase(java.util.Locale.ROOT), valid + "0");
            assertThat(five).as(mutation).contains(matcher.group(2));
            mistakes.add(five.indexOf(matcher.group(2)));
        }
        assertThat(mistakes).containsExactly(0, 1, 2, 3, 4);
    }

    @Test
    void legalFormsAndRolesAreEachOfTheBadCodes() {
        List<String> bad = List.of("''", "'GIP'", "'sa '", "'-sa'", "'sa-'", "'sa--x'", "'société'",
                "'" + "a".repeat(65) + "'");
        assertThat(new TreeSet<>(mutations(PartyCodes.LEGAL_FORM_MALFORMED)))
                .containsExactlyInAnyOrderElementsOf(bad.stream().map(code -> "legal form " + code).toList());
        assertThat(new TreeSet<>(mutations(PartyCodes.ROLE_MALFORMED)))
                .containsExactlyInAnyOrderElementsOf(bad.stream().map(code -> "role " + code).toList());
    }

    @Test
    void aRoleListedTwiceIsAnyOfThreeRoles() {
        assertThat(new TreeSet<>(mutations(PartyCodes.ROLES_DUPLICATE))).hasSize(3)
                .allSatisfy(mutation -> assertThat(mutation).startsWith("role ").endsWith(" listed twice"));
    }

    @Test
    void aCitationNamesALegalBasisFromOneToThreePastTheLast() {
        Pattern citation = Pattern.compile("a citation of legal basis (\\d+) of (\\d+)");
        Set<Integer> beyond = new TreeSet<>();
        for (String mutation : mutations(ConventionCodes.LEGAL_BASIS_CITATION_INVALID)) {
            Matcher matcher = citation.matcher(mutation);
            assertThat(matcher.matches()).as(mutation).isTrue();
            beyond.add(Integer.parseInt(matcher.group(1)) - Integer.parseInt(matcher.group(2)));
        }
        assertThat(beyond).containsExactly(0, 1, 2);
    }
}
