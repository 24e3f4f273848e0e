/**
 * The JSON format of Conventio: {@link dev.conventio.serialization.ConventioJson} reads and writes
 * {@linkplain dev.conventio.serialization.JsonDocument documents} — conventions, amendments,
 * histories — and writes consolidated views; {@link dev.conventio.serialization.ConventioModule}
 * does the same inside an application's own Jackson {@code ObjectMapper}.
 *
 * <p>Reading is strict and every rejection is a
 * {@link dev.conventio.serialization.ConventioJsonException} with a stable
 * {@link dev.conventio.serialization.RejectionCode}, a JSON Pointer, a line and a column. The model
 * carries no Jackson annotation: this package maps it with Jackson's streaming parser and generator.
 */
package dev.conventio.serialization;
