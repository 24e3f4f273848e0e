/**
 * Violations of the model's invariants and of the amendment rules: each has a stable
 * {@linkplain dev.conventio.validation.ViolationCode code}, a path to the offending element and a
 * message a person can act on, and they are all reported at once in one
 * {@link dev.conventio.validation.ValidationException}.
 */
package dev.conventio.validation;
