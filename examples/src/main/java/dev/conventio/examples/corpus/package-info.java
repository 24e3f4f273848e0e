/**
 * The corpus of real conventions ({@code shared/reference/corpus}), one class per sheet, each
 * building the sheet's documents with the public API: what the sheet marks <em>read</em> as read,
 * what it marks <em>inferred</em> labelled so, and nothing that it does not give.
 *
 * <p>Each class says which of the sheet's facts the model cannot express yet, and why. The issues
 * of the round extend the classes: #11 (time), #12 (parties), #13 (text), #14 (money).
 */
package dev.conventio.examples.corpus;
