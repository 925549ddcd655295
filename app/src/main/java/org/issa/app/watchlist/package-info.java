/** Watch lists: sanctions lists imported version by version, and manual lists kept entry by entry. */
package org.issa.app.watchlist;
