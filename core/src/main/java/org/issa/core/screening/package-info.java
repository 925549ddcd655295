/** The screening ports: modules offer the records they keep for re-screening whenever a watch list changes, and check a record against every list on demand. */
package org.issa.core.screening;
