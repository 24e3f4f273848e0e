/**
 * The JSON format of Conventio, free of any JSON library: what a document is
 * ({@link dev.conventio.format.DocumentKind}, {@link dev.conventio.format.FormatVersions} and their
 * schemas, {@link dev.conventio.format.ChangeTypes}), and why one was rejected
 * ({@link dev.conventio.format.RejectionCode}, {@link dev.conventio.format.LocatedViolation}).
 *
 * <p>Reading and writing documents is the adapters' part: {@code dev.conventio.serialization}
 * ({@code ConventioJson}, a Jackson 2 module) over Jackson 2.
 */
package dev.conventio.format;
