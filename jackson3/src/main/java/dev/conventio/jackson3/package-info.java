/**
 * The JSON format of Conventio over Jackson 3 ({@code tools.jackson}):
 * {@link dev.conventio.jackson3.ConventioJackson3Module}, registered in an application's own
 * {@code JsonMapper}, reads and writes conventions, amendments and histories — and writes
 * consolidated views — in exactly the form of {@code conventio-serialization}'s facade and Jackson 2
 * module.
 *
 * <p>Reading is strict and every rejection is a
 * {@link dev.conventio.jackson3.ConventioJackson3Exception} with a stable
 * {@link dev.conventio.format.RejectionCode}, a JSON Pointer, a line and a column. The rules of the
 * format live once in {@code conventio-format}'s codec; this package adapts Jackson 3's streaming
 * parser and generator to it. There is no facade here: a Jackson 3 application has its mapper.
 */
package dev.conventio.jackson3;
