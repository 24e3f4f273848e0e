package dev.conventio.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** French enumerations, as the page lists the offices that represent a party. */
class FrenchLabelsTest {

    @Test
    void itemsAreListedWithCommasAndAFinalEt() {
        assertThat(FrenchLabels.enumeration(List.of())).isEmpty();
        assertThat(FrenchLabels.enumeration(List.of("le Premier ministre"))).isEqualTo("le Premier ministre");
        assertThat(FrenchLabels.enumeration(List.of("le Premier ministre", "la ministre chargée des transports")))
                .isEqualTo("le Premier ministre et la ministre chargée des transports");
        assertThat(FrenchLabels.enumeration(List.of("a", "b", "c"))).isEqualTo("a, b et c");
    }
}
