/**
 * Follow the money: a compact, time-ordered payment graph and the tracer that follows funds forward
 * or backward from an account over a number of hops, attributing amounts by FIFO or pro rata.
 */
package org.issa.finance.flow;
