package dev.conventio.format;

import java.util.Optional;

/**
 * A kind of document of the format, with its explicit wire name: the value of the {@code document}
 * member that every document of version 2 or later carries right after {@code formatVersion}.
 *
 * <pre>{@code
 * DocumentKind.HISTORY.wireName();              // "history"
 * DocumentKind.ofWireName("amendment");         // Optional[AMENDMENT]
 * }</pre>
 *
 * <p>The wire names are part of the format: a constant may be renamed in Java, its wire name never
 * changes, and a retired name is never reused. Version-1 documents carry no {@code document} member;
 * what a reader reads them as is its caller's choice.
 *
 * @since 0.1
 */
public enum DocumentKind {

    /** A convention: its members after {@code formatVersion}. */
    CONVENTION("convention", true),
    /** An amendment record: recorded ({@code "type": "amendment"}) or unrecorded. */
    AMENDMENT("amendment", true),
    /** A history: a base convention and its amendment records. */
    HISTORY("history", true),
    /** A consolidated view of a history on a date: written, never read. */
    CONSOLIDATED("consolidated", false);

    private final String wireName;
    private final boolean readable;

    DocumentKind(String wireName, boolean readable) {
        this.wireName = wireName;
        this.readable = readable;
    }

    /**
     * Gets the name of this kind in documents, such as {@code convention}.
     *
     * @return the wire name, never null
     */
    public String wireName() {
        return wireName;
    }

    /**
     * Tells whether documents of this kind are read, not only written.
     *
     * @return false for consolidated views, which derive from a history
     */
    public boolean isReadable() {
        return readable;
    }

    /**
     * Obtains the kind of a wire name.
     *
     * @param wireName  the name, such as {@code history}, not null
     * @return the kind, empty if the format defines no kind of that name, never null
     */
    public static Optional<DocumentKind> ofWireName(String wireName) {
        for (DocumentKind kind : values()) {
            if (kind.wireName.equals(wireName)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }
}
