/**
 * The sharing page: sharing groups with their member organisations and states, and the TAXII collections with
 * who may read or write them; supervisors and administrators create groups and collections and change grants.
 */
package org.issa.app.cyber.sharing;
