/** The European Arrest Warrant register over HTTP and as web pages. */
package org.issa.app.investigation.warrant;
