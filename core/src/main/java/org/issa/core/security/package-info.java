/** Who is asking: the principal with its roles, agency, member state and clearance. */
package org.issa.core.security;
