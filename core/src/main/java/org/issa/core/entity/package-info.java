/** The entity port: how a domain module hands persons, flights, accounts and their links, in a FollowTheMoney-like shape, to the entity store. */
package org.issa.core.entity;
