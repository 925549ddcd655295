/** First start and demo mode: the first administrator, demo accounts, and a plausible history of the strategy. */
package org.issa.app.demo;
