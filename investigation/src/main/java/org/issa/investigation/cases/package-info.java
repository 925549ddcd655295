/**
 * Case workspaces for joint investigation teams: members of several agencies and member states with
 * their roles, case-level marking and membership enforced in SQL, notes, attached entities, tasks and
 * a timeline on which every change appears.
 */
package org.issa.investigation.cases;
