/** Link analysis over the entity store: the subgraph a reader may see, built with markings applied in SQL, analysed by the graph engine and explained in words. */
package org.issa.investigation.link;
