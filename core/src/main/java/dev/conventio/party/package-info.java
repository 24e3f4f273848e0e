/**
 * Parties (parties) to a convention: who they are, who represents them and by what mandate.
 */
@ConventioStyle
package dev.conventio.party;

import dev.conventio.style.ConventioStyle;
