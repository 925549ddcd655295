/** Network analytics: centrality, communities, paths, key players, time slices (engine). */
package org.issa.graph;
