/**
 * Signatures (signatures) of an instrument: for which party, by whom, in what capacity and when.
 */
@ConventioStyle
package dev.conventio.signature;

import dev.conventio.style.ConventioStyle;
