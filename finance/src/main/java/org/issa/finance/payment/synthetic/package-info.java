/** Synthetic payments for benchmarks, tests and the demo: valid IBANs, plausible amounts and times, seedable. */
package org.issa.finance.payment.synthetic;
