/** The passenger review over HTTP and in the UI: the assessment hook, the review queue, hits, referrals and the register of competent authorities; wiring of the passenger review, exchange and oversight services. */
package org.issa.app.passenger.review;
