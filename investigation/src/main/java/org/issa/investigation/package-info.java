/** Criminal networks: the entity store, link analysis, investigation cases, information exchange and the European Arrest Warrant register. */
package org.issa.investigation;
