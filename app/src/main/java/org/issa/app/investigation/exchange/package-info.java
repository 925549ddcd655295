/** Information exchange requests (FD 2006/960/JHA) over HTTP and as web pages. */
package org.issa.app.investigation.exchange;
