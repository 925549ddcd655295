/** Brokers and key players: articulation points and the greedy choice of the members whose removal most fragments the network. */
package org.issa.graph.keyplayer;
