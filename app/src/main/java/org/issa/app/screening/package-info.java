/** Screening against the watch lists: one-off and batch screenings, kept records re-screened on every list change, and the review queue of hits. */
package org.issa.app.screening;
