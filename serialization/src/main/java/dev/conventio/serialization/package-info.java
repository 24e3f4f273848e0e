/**
 * The JSON format of Conventio over Jackson 2: {@link dev.conventio.serialization.ConventioJson}
 * reads and writes {@linkplain dev.conventio.serialization.JsonDocument documents} — conventions,
 * amendments, histories — and writes consolidated views; {@link dev.conventio.serialization.ConventioModule}
 * does the same inside an application's own Jackson {@code ObjectMapper}.
 *
 * <p>Reading is strict and every rejection is a
 * {@link dev.conventio.serialization.ConventioJsonException} with a stable
 * {@link dev.conventio.format.RejectionCode}, a JSON Pointer, a line and a column. The rules of the
 * format live once in {@code conventio-format}'s codec; this package adapts Jackson's streaming
 * parser and generator to it.
 */
package dev.conventio.serialization;
