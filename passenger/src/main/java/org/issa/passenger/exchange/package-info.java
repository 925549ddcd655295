/** Exchange under Directive (EU) 2016/681: duly reasoned requests of other PIUs (Art 9) and Europol (Art 10) with deadlines and answers, and case-by-case transfers to third countries (Art 11) with each condition recorded. */
package org.issa.passenger.exchange;
