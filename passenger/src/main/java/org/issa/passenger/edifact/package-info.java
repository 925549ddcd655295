/**
 * UN/EDIFACT reading for PNRGOV and PAXLST: StAEDI tokenises the interchange (UNA separators, release characters),
 * and group-aware mappers turn each message's segments into the model, quarantining what they cannot read.
 */
package org.issa.passenger.edifact;
