/** The re-screening port: modules offer the records they keep, the application screens them whenever a watch list changes. */
package org.issa.core.screening;
