/** The application side of the graph engine: its command-line benchmark (the engine itself is the {@code graph} module). */
package org.issa.app.graph;
