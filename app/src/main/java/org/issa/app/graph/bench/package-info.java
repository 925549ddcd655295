/** {@code issa bench graph}: the graph engine timed on seeded scale-free networks, beside NetworkX on the same graphs when it is installed. */
package org.issa.app.graph.bench;
