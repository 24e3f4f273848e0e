/**
 * Conventio format: the strict, versioned JSON format of conventions and their amendments, free of
 * any JSON library.
 *
 * <p>{@code dev.conventio.format} is the public API: the {@linkplain dev.conventio.format.RejectionCode
 * rejection codes}, the {@linkplain dev.conventio.format.DocumentKind kinds of document}, the
 * {@linkplain dev.conventio.format.FormatVersions versions and their schemas}, and the list of
 * {@linkplain dev.conventio.format.ChangeTypes change types}. {@code dev.conventio.format.codec}
 * reads and writes the format over a small token source and sink; it is exported to the adapter
 * modules only, and is not supported for applications.
 */
module dev.conventio.format {
    requires transitive dev.conventio.core;

    exports dev.conventio.format;
    exports dev.conventio.format.codec to dev.conventio.serialization, dev.conventio.jackson3;
}
