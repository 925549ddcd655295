/**
 * The national bank account register (AMLD5 Art. 32a, Directive (EU) 2024/1640 Art. 16): banks' submissions replacing
 * one another atomically, accounts, safe-deposit boxes and their parties, and the purpose-bound, logged queries of
 * designated authorities. No balances and no transactions are kept.
 */
package org.issa.finance.register;
