/**
 * The one outbox of the cyber module: notifications to reporters, subscription confirmations, advisories
 * and referral notices, queued in the transaction that caused them and never sent by ISSA itself.
 */
package org.issa.cyber.outbox;
