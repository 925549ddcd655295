/** The strategy catalogue: objectives, actions, indicators and the findings of past reports, loaded from a file. */
package org.issa.strategy.catalogue;
