/** The audit trail's storage, search and verification, and the audit page for DPOs and auditors. */
package org.issa.app.audit;
