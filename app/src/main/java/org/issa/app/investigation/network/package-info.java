/** Link analysis over HTTP and the graph explorer (Cytoscape.js): expansion, paths, centralities, communities, key players, periods and shared identifiers. */
package org.issa.app.investigation.network;
