/**
 * Names as the engine sees them: folded to lower-case ASCII (other scripts transliterated with
 * ICU, the original kept), split into typed parts (given and family names, particles, initials,
 * honorifics, legal forms, generic words, numbers), with phonetic skeletons and equivalence groups
 * of given names across languages.
 */
package org.issa.matching.names;
