/**
 * {@code issa bench taxii}: ingestion and paged reads through the TAXII 2.1 API of a server started in-process, with
 * a direct-store baseline, and the public report form's throughput while the rate limiter holds an abusive client back.
 */
package org.issa.app.cyber.bench;
