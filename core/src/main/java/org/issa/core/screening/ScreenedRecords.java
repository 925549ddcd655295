package org.issa.core.screening;

import java.util.stream.Stream;

/**
 * The port through which a module offers its records for re-screening. The application collects
 * every implementation and, whenever a watch list changes (an import, a manual entry), screens
 * all their records against the changed list again; new hits go to the review queue. Modules
 * never see the lists or the engine.
 */
public interface ScreenedRecords {

    /** The kind of record offered, e.g. {@code monitored_subject}; unique among the implementations. */
    String recordType();

    /**
     * Every record to keep screening, as of now. The caller closes the stream, so an
     * implementation may read it lazily from the database.
     */
    Stream<ScreenableRecord> records();
}
