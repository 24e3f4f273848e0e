/**
 * The catalog of core's violation codes, found through {@link java.util.ServiceLoader}. Not part of
 * the API: the module does not export this package.
 */
package dev.conventio.internal.codes;
