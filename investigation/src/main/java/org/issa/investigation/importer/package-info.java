/** Imports into the entity store: FtM JSON lines, CSV edge lists, adjacency matrices and call records, bounded and all-or-nothing. */
package org.issa.investigation.importer;
