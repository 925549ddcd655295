/** The deadline board of exchange requests and warrants, and the scheduled deadline watch. */
package org.issa.app.investigation.deadline;
