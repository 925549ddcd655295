/** Time slicing: the network within a chosen period, and how each member's centrality rank changes between periods. */
package org.issa.graph.time;
