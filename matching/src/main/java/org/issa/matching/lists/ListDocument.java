package org.issa.matching.lists;

import java.util.List;
import org.issa.matching.model.Subject;

public record ListDocument(String format, String sourceVersion, List<Subject> entries, List<String> warnings) {}
