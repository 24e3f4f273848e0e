/**
 * The codec of the format: every rule of reading and writing documents, once, over a small
 * {@link dev.conventio.format.codec.TokenSource} and {@link dev.conventio.format.codec.TokenSink}
 * without any JSON library's type. {@link dev.conventio.format.codec.DocumentCodec} is the entry
 * point; each object of the format declares its members once, in its own codec, and each kind of
 * change is one entry of {@link dev.conventio.format.codec.ChangeKinds}.
 *
 * <p><strong>Unsupported:</strong> this package is exported to the adapter modules only
 * ({@code dev.conventio.serialization}); applications use the adapters, never this package, which
 * changes without notice.
 */
package dev.conventio.format.codec;
