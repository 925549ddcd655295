/** The data protection officer's view of the PIU: the processing log, searchable and exportable, and the Article 20 statistics as CSV. */
package org.issa.app.passenger.dpo;
