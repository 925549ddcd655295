/** Observables in report text and fields (URLs, domains, IPs, wallets, phone numbers, e-mail addresses), found and normalised for correlation. */
package org.issa.cyber.report.observable;
