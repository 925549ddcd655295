/**
 * The Asset Recovery Office: assets and their lifecycle from identification to return to victims, valuations,
 * freezing and confiscation orders, the reacquisition check before a sale, and the evaluation indicators.
 */
package org.issa.finance.recovery;
