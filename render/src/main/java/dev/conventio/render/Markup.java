package dev.conventio.render;

/**
 * Writes well-formed XML markup — polyglot XHTML and SVG — escaping every text and attribute, so
 * that the output is both HTML and XML. Not thread-safe: one instance per rendering.
 */
final class Markup {

    private final StringBuilder out = new StringBuilder();

    /** Opens an element with attributes given as name, value pairs. */
    Markup open(String name, String... attributes) {
        out.append('<').append(name);
        attributes(attributes);
        out.append('>');
        return this;
    }

    /** Writes an element without content, closed in the XML way. */
    Markup empty(String name, String... attributes) {
        out.append('<').append(name);
        attributes(attributes);
        out.append("/>");
        return this;
    }

    Markup close(String name) {
        out.append("</").append(name).append('>');
        return this;
    }

    /** Writes an element holding text. */
    Markup element(String name, String text, String... attributes) {
        return open(name, attributes).text(text).close(name);
    }

    Markup text(String text) {
        escape(text, false);
        return this;
    }

    /** Writes markup made elsewhere, already well-formed. */
    Markup raw(String markup) {
        out.append(markup);
        return this;
    }

    Markup line() {
        out.append('\n');
        return this;
    }

    private void attributes(String... attributes) {
        if (attributes.length % 2 != 0) {
            throw new IllegalArgumentException("attributes come as name, value pairs; the last name, "
                    + attributes[attributes.length - 1] + ", has no value");
        }
        for (int i = 0; i < attributes.length; i += 2) {
            out.append(' ').append(attributes[i]).append("=\"");
            escape(attributes[i + 1], true);
            out.append('"');
        }
    }

    private void escape(String text, boolean attribute) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append(attribute ? "&quot;" : "\"");
                default -> out.append(c < 0x20 && c != '\n' && c != '\t' ? ' ' : c);
            }
        }
    }

    @Override
    public String toString() {
        return out.toString();
    }
}
