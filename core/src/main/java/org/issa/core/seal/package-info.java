/** Sealing of stored values that must not be readable from the database alone (AES-256-GCM with a key kept outside it). */
package org.issa.core.seal;
