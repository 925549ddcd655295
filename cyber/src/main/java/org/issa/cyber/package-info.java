/** Security in cyberspace: cybercrime reports, CERT sharing, advisories for citizens and small businesses, illegal-content referrals. */
package org.issa.cyber;
