package org.issa.cyber.report;

/** How a report arrived: the public web form, or the authenticated API of businesses and partner CERTs. */
public enum Channel { WEB, API }
