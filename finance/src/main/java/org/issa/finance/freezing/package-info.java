/**
 * Asset freezing under restrictive measures: freezing orders (legal act, listed person or entity, frozen
 * accounts and amounts), licences that release part of the funds, lifting, and the register of frozen funds.
 */
package org.issa.finance.freezing;
