package dev.conventio.examples;

import static dev.conventio.examples.StateConvention.ETAT;
import static dev.conventio.examples.StateConvention.PREFECTURE;
import static dev.conventio.examples.StateConvention.REGION;
import static org.assertj.core.api.Assertions.assertThat;

import dev.conventio.amendment.Amendment;
import dev.conventio.convention.Convention;
import dev.conventio.history.History;
import dev.conventio.history.Instrument;
import dev.conventio.party.Representation;
import dev.conventio.party.Representative;
import dev.conventio.publication.Identification;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The State convention of {@code docs/parties.md}: what the page says of it holds, and the page shows its code. */
class StateConventionTest {

    private final Convention convention = StateConvention.convention();
    private final Amendment avenant = StateConvention.avenant1();

    @Test
    void theStateIsRepresentedByTwoOfficesAndThePrefectureIsPresentButNotAParty() {
        Representation etat = convention.representationOf(ETAT).orElseThrow();
        assertThat(etat.representatives()).extracting(Representative::title)
                .containsExactly("le Premier ministre", "la ministre chargée des transports");
        assertThat(etat.representatives()).allSatisfy(r -> assertThat(r.person()).isEmpty());
        assertThat(convention.partyIds()).containsExactly(ETAT, REGION);
        assertThat(convention.participants()).extracting(p -> p.id()).containsExactly(PREFECTURE);
        assertThat(convention.signatures()).extracting(s -> s.party()).doesNotContain(PREFECTURE);
        assertThat(convention.identification().kind()).isEqualTo(Identification.Kind.NOR);
    }

    @Test
    void theAvenantIsAuthorisedByADeliberationWithoutNumberAndTheViewSaysWhoRepresentedTheState() {
        assertThat(avenant.authorisations().get(0).decision().number()).isEmpty();
        assertThat(avenant.signatures().get(0).delegation().orElseThrow().onBehalfOf())
                .isEqualTo("le ministre chargé des transports");
        History history = History.of(convention).add(avenant);
        Map<Instrument, Representation> etat = history.representationsOf(ETAT);
        assertThat(etat.keySet()).containsExactly(Instrument.base(), Instrument.amendment(1));
        assertThat(etat.get(Instrument.amendment(1)).representatives().get(0).title())
                .isEqualTo("le ministre chargé des transports");
    }

    @Test
    void thePageShowsTheCodeOfTheExample() throws IOException {
        String page = Docs.page("parties.md");
        String source = Files.readString(Path.of("src", "main", "java", "dev", "conventio", "examples",
                "StateConvention.java"), StandardCharsets.UTF_8);
        Matcher blocks = Pattern.compile("```java\n(.*?)```", Pattern.DOTALL).matcher(page);
        List<String> shown = blocks.results().map(m -> m.group(1)).toList();
        assertThat(shown).hasSize(2);
        for (String block : shown) {
            for (String line : block.split("\n")) {
                assertThat(source).as("docs/parties.md shows a line StateConvention.java has").contains(line.strip());
            }
        }
    }
}
