/**
 * The European Arrest Warrant register (Framework Decision 2002/584/JHA): issuing and executing states,
 * the requested person, the offences, the decisions, and the Article 17 and Article 23 time limits
 * computed from the recorded events.
 */
package org.issa.investigation.warrant;
