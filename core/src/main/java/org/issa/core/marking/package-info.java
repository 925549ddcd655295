/** Security markings carried by every stored record, and their enforcement inside SQL queries. */
package org.issa.core.marking;
