/** The errors modules raise, mapped by the application to HTTP problems and CLI exit codes. */
package org.issa.core.error;
