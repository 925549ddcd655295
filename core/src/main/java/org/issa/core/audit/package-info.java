/** The append-only, hash-chained audit trail: what was written and what personal data was read, by whom and why. */
package org.issa.core.audit;
