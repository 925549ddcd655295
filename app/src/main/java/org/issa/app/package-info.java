/** The one ISSA program: it wires the modules, serves the HTTP API and web UI, and runs the CLI. */
package org.issa.app;
