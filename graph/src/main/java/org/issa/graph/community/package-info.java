/** Communities: Louvain detection and NetworkX's modularity, with the result explained in words. */
package org.issa.graph.community;
