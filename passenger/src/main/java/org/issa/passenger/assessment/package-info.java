/** Assessment before arrival or departure (Art 6(2)(a)): every passenger of a flight screened against the watch lists and evaluated against the active criteria; the hits go to human review. */
package org.issa.passenger.assessment;
