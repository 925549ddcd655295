/** Network loaders with bounded input: CSV edge lists, CSV adjacency matrices (as the CAVIAR files) and FollowTheMoney entities (JSON lines or core entities). */
package org.issa.graph.io;
