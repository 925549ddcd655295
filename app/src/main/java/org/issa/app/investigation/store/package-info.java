/** The investigation entity store over HTTP and in the UI: entities with their statements and sources, imports, exports, duplicates and merges; the entity port's wiring. */
package org.issa.app.investigation.store;
