/**
 * The work a convention organises: its phases (phases) and their orientations (étapes de travail,
 * orientations).
 */
@ConventioStyle
package dev.conventio.work;

import dev.conventio.style.ConventioStyle;
