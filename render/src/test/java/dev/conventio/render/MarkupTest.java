package dev.conventio.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/**
 * {@link Markup}, the writer of the rendered XHTML and SVG: what it escapes in text and in
 * attributes, the control characters XML cannot hold, and attributes given as name, value pairs.
 */
class MarkupTest {

    @Test
    void textEscapesTheMarkupCharactersAndKeepsQuotes() {
        assertThat(new Markup().element("p", "a < b & c > d \"e\" 'f'")).hasToString(
                "<p>a &lt; b &amp; c &gt; d \"e\" 'f'</p>");
    }

    @Test
    void attributesEscapeQuotesToo() {
        assertThat(new Markup().empty("rect", "title", "« 1 < 2 » & \"deux\"")).hasToString(
                "<rect title=\"« 1 &lt; 2 » &amp; &quot;deux&quot;\"/>");
    }

    @Test
    void controlCharactersBecomeSpacesExceptLineFeedsAndTabs() {
        assertThat(new Markup().text("a\u0000b\u0001c\u001fd\ne\tf\u0020g\u007fh")).hasToString(
                "a b c d\ne\tf g\u007fh");
    }

    @Test
    void attributesComeInPairsAndANameWithoutValueIsRefused() {
        assertThat(new Markup().open("svg", "width", "10", "height", "20").close("svg"))
                .hasToString("<svg width=\"10\" height=\"20\"></svg>");
        assertThatThrownBy(() -> new Markup().open("g", "class")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("attributes come as name, value pairs; the last name, class, has no value");
        assertThat(new Markup().open("g").raw("<x/>").line().close("g")).hasToString("<g><x/>\n</g>");
    }
}
