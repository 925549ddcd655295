/** Human review of every automated hit (Art 6(5), 6(6)): the queue, the reviewer's decision, referrals to registered competent authorities (Art 7), cases locked when closed. */
package org.issa.passenger.review;
