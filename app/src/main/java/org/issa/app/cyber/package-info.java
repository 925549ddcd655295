/**
 * The cyberspace section of the application as a whole: its landing page, and what its public forms
 * share (the rate limit per client address). Each part lives in its own sub-package.
 */
package org.issa.app.cyber;
