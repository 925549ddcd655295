/** The entity store: FollowTheMoney-shaped entities kept as marked, sourced statements, with the edges derived from them; the core entity port's implementation. */
package org.issa.investigation.entity;
