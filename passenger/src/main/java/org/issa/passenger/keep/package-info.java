/**
 * What may be kept of a PNR: only Annex I items, and no data revealing the special categories of Article 13(4) of
 * Directive (EU) 2016/681. Pure logic: returns the cleaned booking and what was removed, for the deletion log.
 */
package org.issa.passenger.keep;
