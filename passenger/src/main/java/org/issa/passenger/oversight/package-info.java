/** Oversight of the PIU: the data protection officer's view of every consultation, unmasking, referral, transfer and deletion (Art 6(7), 13(6)), and the Article 20 statistics, which hold no personal data. */
package org.issa.passenger.oversight;
