/**
 * Candidate generation for screening: an in-memory inverted index over list entries whose keys
 * (exact parts, deletion neighbours, prefixes and suffixes, phonetic skeletons, given-name
 * groups, identifiers) find every entry a brute-force comparison would score above a threshold,
 * while comparing each query with a few entries only.
 */
package org.issa.matching.index;
