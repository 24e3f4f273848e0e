/**
 * Helpers that several packages of the model share. Not part of the API: the module does not
 * export this package, and its content may change in any release.
 */
package dev.conventio.internal;
