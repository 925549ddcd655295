/** The transaction port: domain services run their writes and audit entries as one unit. */
package org.issa.core.tx;
