/**
 * The name screening and entity resolution engine shared by every module that compares people,
 * companies or vessels with lists: {@link org.issa.matching.model} (what is compared),
 * {@code names} (normalisation, transliteration, parsing), {@code compare} (explained scores),
 * {@code index} (candidate generation), {@code resolution} (deduplication and linking) and
 * {@code lists} (readers for sanctions list formats). Pure Java, no framework.
 */
package org.issa.matching;
