/**
 * Decisions and opinions around an instrument: the decision that authorises a party to sign it
 * (a deliberation, an arrêté, a board decision), the decision that grants a contribution, and the
 * opinions (avis) an instrument requires, each dated as the document gives it.
 */
@ConventioStyle
package dev.conventio.decision;

import dev.conventio.style.ConventioStyle;
