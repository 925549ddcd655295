/** The lingua franca of ISSA: markings, principals, audit, errors, paging and plain SQL. No framework. */
package org.issa.core;
