/** Progress of the strategy's actions: status, dated updates and indicator values, each under a marking. */
package org.issa.strategy.progress;
