/**
 * The targets of a convention that are not money (objectifs): a quantity with its unit and its
 * period, attached to the convention, one of its phases or one of its actions.
 */
@ConventioStyle
package dev.conventio.objective;

import dev.conventio.style.ConventioStyle;
