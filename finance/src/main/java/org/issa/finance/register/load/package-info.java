/** Reading a bank's register submission: CSV with a column mapping, and the account blocks of ISO 20022 account reports, bounded and hardened. */
package org.issa.finance.register.load;
