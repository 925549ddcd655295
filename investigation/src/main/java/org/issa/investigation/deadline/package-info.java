/**
 * Legal time limits of exchange requests and arrest warrants: the deadline board (overdue, due today,
 * this week) and the idempotent watch that raises warnings before a limit expires and flags it overdue.
 */
package org.issa.investigation.deadline;
