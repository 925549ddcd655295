/** The command-line commands: serve, demo, audit verify. */
package org.issa.app.cli;
