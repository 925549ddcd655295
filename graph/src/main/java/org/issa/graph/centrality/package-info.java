/** Degree, betweenness, closeness, eigenvector and PageRank centrality with NetworkX's default parameters and normalisation, each result explained in words. */
package org.issa.graph.centrality;
