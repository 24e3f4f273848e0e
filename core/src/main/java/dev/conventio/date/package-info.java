/**
 * Dates as documents give them: {@link dev.conventio.date.PartialDate}, known to the day, the month,
 * the year, or not at all, compared by the earliest and latest days they allow.
 */
package dev.conventio.date;
