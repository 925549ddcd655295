package org.issa.matching.lists;

public interface ListReader { ListDocument read(java.io.InputStream in); }
