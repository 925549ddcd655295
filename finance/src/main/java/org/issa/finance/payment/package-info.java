/** Payments between accounts, as read from payment messages and files, and the files' column mappings. */
package org.issa.finance.payment;
