/** Case workspaces over HTTP and as web pages; the wiring of the cases, exchange and warrant registers and the deadline watch. */
package org.issa.app.investigation.cases;
