/** Seeded synthetic networks (Barabási–Albert scale-free) for tests and benchmarks. */
package org.issa.graph.generate;
