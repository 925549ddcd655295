/** Plain JDBC with bound parameters: the one way ISSA's modules talk to the database. */
package org.issa.core.sql;
