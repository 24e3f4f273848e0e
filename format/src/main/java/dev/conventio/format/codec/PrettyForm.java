package dev.conventio.format.codec;

/**
 * The pretty form of a document, the same whatever the JSON library: an adapter builds its
 * library's pretty printer from these and writes {@link #END} after the document. Members and
 * elements one a line, indented by {@link #INDENT} a level; {@link #NAME_SEPARATOR} between a name
 * and its value; an empty array or object with nothing inside; {@link #LINE_FEED} whatever the
 * platform. Unsupported: for the adapter modules only.
 */
public final class PrettyForm {

    /** One level of indent: two spaces. */
    public static final String INDENT = "  ";
    /** The end of each line: a line feed, whatever the platform. */
    public static final String LINE_FEED = "\n";
    /** Between a member's name and its value, after the colon: one space. */
    public static final String NAME_SEPARATOR = ": ";
    /** Inside an empty array or object: nothing. */
    public static final String EMPTY = "";
    /** After the document: a final line feed. */
    public static final char END = '\n';

    private PrettyForm() {
    }
}
