/**
 * How a convention is steered: its steering committee (comité de pilotage, instance de pilotage)
 * and the committee's dated decisions.
 */
@ConventioStyle
package dev.conventio.governance;

import dev.conventio.style.ConventioStyle;
