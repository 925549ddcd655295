/**
 * Entity resolution without labels: deduplicate one dataset or link two, Fellegi-Sunter style
 * with parameters learnt by EM (after Splink's design; no code taken from it). Pure Java.
 *
 * <ol>
 *   <li><b>Records</b>: {@link org.issa.matching.resolution.ResolutionRecord} holds raw values per
 *       {@link org.issa.matching.resolution.Field}; {@link org.issa.matching.resolution.RecordLayout}
 *       maps a CSV header to fields, ignoring ids and ground truth;
 *       {@link org.issa.matching.resolution.Normaliser} trims, folds case and strips accents.</li>
 *   <li><b>Comparisons</b>: per field, ordered levels (exact → fuzzy → different; missing is
 *       neutral), see {@link org.issa.matching.resolution.FieldComparison}; swapped given and family
 *       names are compared crosswise.</li>
 *   <li><b>Blocking</b>: the union of several {@link org.issa.matching.resolution.BlockingRule}s,
 *       hashed, with oversized blocks skipped and reported in a
 *       {@link org.issa.matching.resolution.BlockingReport}.</li>
 *   <li><b>Model</b>: u from random pairs (seeded), m and λ by EM on the candidate pairs, optional
 *       term-frequency adjustment; a {@link org.issa.matching.resolution.FellegiSunterModel} explains
 *       any pair ({@link org.issa.matching.resolution.PairExplanation}).</li>
 *   <li><b>Clusters</b>: connected components of the links with a cohesion guard against chaining.</li>
 *   <li><b>Quality</b>: {@link org.issa.matching.resolution.PairwiseEvaluation} (pairwise precision,
 *       recall, F1) and, when labels exist, {@link org.issa.matching.resolution.Calibration}.</li>
 * </ol>
 *
 * Entry point: {@link org.issa.matching.resolution.Deduplicator}.
 */
package org.issa.matching.resolution;
