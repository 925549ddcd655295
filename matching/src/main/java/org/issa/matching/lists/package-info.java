/**
 * Readers for sanctions and watch list files: the UN Security Council Consolidated List XML
 * ({@link org.issa.matching.lists.UnListReader}), the EU Financial Sanctions Files XML
 * ({@link org.issa.matching.lists.EuListReader}), FollowTheMoney JSON lines
 * ({@link org.issa.matching.lists.FtmReader}) and CSV with a column mapping
 * ({@link org.issa.matching.lists.CsvListReader}). Each turns a file into
 * {@link org.issa.matching.model.Subject}s, bounded in bytes and entries, and fails whole with a
 * {@link org.issa.matching.lists.ListFormatException} that says what is wrong and where. XML is
 * parsed only through core's {@link org.issa.core.xml.SafeXml}; country names become ISO codes
 * through {@link org.issa.matching.lists.Countries}.
 */
package org.issa.matching.lists;
