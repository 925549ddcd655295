/** Identity and access: built-in accounts, API tokens, OIDC tokens, login throttling and the security filter chains. */
package org.issa.app.identity;
