package dev.conventio.action;

import static dev.conventio.validation.ValidationAssertions.assertViolation;
import static org.assertj.core.api.Assertions.assertThat;

import dev.conventio.validation.CommonCodes;
import org.junit.jupiter.api.Test;

/** An action of a programme as a value: its identifier, its title and its description, each checked at its path. */
class ActionTest {

    @Test
    void anActionHasAnIdentifierATitleAndPerhapsADescription() {
        assertThat(Action.builder().id("action-1").title("Modernisation").description("Des ateliers").build()
                .description()).contains("Des ateliers");
        assertViolation(() -> Action.builder().id("Action 1").title("Modernisation").build(),
                CommonCodes.IDENTIFIER_MALFORMED, "id");
        assertViolation(() -> Action.builder().id("action-1").title(" ").build(), CommonCodes.TEXT_BLANK, "title");
        assertViolation(() -> Action.builder().id("action-1").title("Modernisation").description("  ").build(),
                CommonCodes.TEXT_BLANK, "description");
    }
}
