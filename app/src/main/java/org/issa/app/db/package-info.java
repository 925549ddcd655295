/** Database wiring: the transaction-aware data source the modules' plain JDBC runs on, and the transaction port. */
package org.issa.app.db;
