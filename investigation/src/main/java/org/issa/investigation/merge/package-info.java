/** Duplicates: proposals from the entity-resolution engine, merges an analyst confirms, and their exact undoing. */
package org.issa.investigation.merge;
