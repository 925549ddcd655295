/**
 * The PIU's pre-determined criteria (Directive 2016/681 Art 6(3)(b)): the passenger model they are written against,
 * their lifecycle (owner, justification, review date, versions, four-eyes approval) and the backtest over stored data.
 */
package org.issa.passenger.criteria;
