/** The finance benchmarks: bulk loading of synthetic payments into the payment store (H2, and PostgreSQL when given). */
package org.issa.app.finance.bench;
