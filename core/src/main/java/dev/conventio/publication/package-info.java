/**
 * Where texts are published and how they are cited: publications (Journal officiel, bulletins
 * officiels and recueils des actes administratifs, web addresses), NOR numbers, the identification
 * of a convention, typed citations of legal texts and links to other conventions.
 */
@ConventioStyle
package dev.conventio.publication;

import dev.conventio.style.ConventioStyle;
