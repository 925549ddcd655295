/** Neighbourhood expansion: the nodes within a number of hops of some starting entities, along chosen relation types. */
package org.issa.graph.neighbourhood;
