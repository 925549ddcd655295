/** Illegal-content referrals over HTTP for staff: the referral board, provider register, statistics and exports. */
package org.issa.app.cyber.referral;
