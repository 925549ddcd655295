/**
 * Information exchange requests between law enforcement authorities under Framework Decision
 * 2006/960/JHA: the Article 4 time limits as data, the status lifecycle with refusals and delays
 * with reasons, and the deadlines the watch follows.
 */
package org.issa.investigation.exchange;
