/** The compact network structure (CSR arrays over int node indexes, with string ids), its builder and the input error type. */
package org.issa.graph.network;
