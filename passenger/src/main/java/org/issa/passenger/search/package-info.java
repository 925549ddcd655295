/** The analyst's views of stored PNR data: flight board, PNR detail, search with a stated purpose, travel history and co-travellers, filtered by marking in the query. */
package org.issa.passenger.search;
