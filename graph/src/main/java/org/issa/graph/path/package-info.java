/** Shortest and k-shortest simple paths (Yen) between two entities that can skip hubs: avoided nodes, a degree cap, relation types. */
package org.issa.graph.path;
