/**
 * Notice and takedown: referrals of illegal content to hosting services, in the vocabularies of the
 * Digital Services Act's statements of reasons, with the providers' responses, time to removal,
 * overdue reminders and statistics per provider and category.
 */
package org.issa.cyber.referral;
