/**
 * The codec of the format: every rule of reading and writing documents, once, over a small
 * {@link dev.conventio.format.codec.TokenSource} and {@link dev.conventio.format.codec.TokenSink}
 * without any JSON library's type. {@link dev.conventio.format.codec.DocumentCodec} is the entry
 * point; each object of the format declares its members once, in its own codec, and each kind of
 * change is one entry of {@link dev.conventio.format.codec.ChangeKinds}.
 *
 * <p><strong>Unsupported:</strong> this package is exported to the adapter modules only
 * ({@code dev.conventio.serialization} for Jackson 2, {@code dev.conventio.jackson3} for Jackson 3);
 * applications use the adapters, never this package, which changes without notice. What both
 * adapters would otherwise repeat lives here too: the read limits ({@link
 * dev.conventio.format.codec.ReadLimits}), the pretty form ({@link
 * dev.conventio.format.codec.PrettyForm}), the translation of a parser's refusal ({@link
 * dev.conventio.format.codec.Rejection#ofParser}), the table of a library's tokens ({@link
 * dev.conventio.format.codec.Token#tableOf}), reading a document that is the whole input ({@link
 * dev.conventio.format.codec.DocumentCodec#readValue(TokenSource, boolean)}) and the version of an
 * adapter's artifact ({@link dev.conventio.format.codec.BuildVersion}).
 */
package dev.conventio.format.codec;
