/**
 * The cyberspace section of the application as a whole: its landing page, and what its public pages
 * share (the rate limit per client address, the one text catalogue in English, French and German).
 * Each part lives in its own sub-package.
 */
package org.issa.app.cyber;
