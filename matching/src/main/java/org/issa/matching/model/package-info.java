/** The subjects the engine compares: a query, a list entry or a record to deduplicate. */
package org.issa.matching.model;
