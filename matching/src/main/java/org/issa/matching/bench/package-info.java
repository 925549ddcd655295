/** Quality and speed measurements of the engine on labelled public data and synthetic lists. */
package org.issa.matching.bench;
