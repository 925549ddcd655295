/**
 * The one hardened StAX set-up for XML from outside: no DTD, no entity, no external resource, and bounded nesting,
 * element count and text length; a refusal names its reason and place.
 */
package org.issa.core.xml;
