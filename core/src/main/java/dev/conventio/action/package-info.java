/**
 * The actions of a programme convention (actions d'un programme), such as the two actions of the
 * programme d'investissements d'avenir « formation en alternance », each with its own money and
 * targets.
 */
@ConventioStyle
package dev.conventio.action;

import dev.conventio.style.ConventioStyle;
