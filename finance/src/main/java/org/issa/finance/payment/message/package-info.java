/**
 * What the payment message readers share: hardened, bounded, streaming XML reading (no DTDs, no
 * entities, limits on size, depth and text) and the placeholder account of a party known only by name.
 */
package org.issa.finance.payment.message;
