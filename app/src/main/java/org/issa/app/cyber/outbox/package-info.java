/** The cyber module's one outbox in the application: the staff page, its wiring and its retention job. */
package org.issa.app.cyber.outbox;
