package org.issa.investigation.importer;

import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Pattern;
import org.issa.core.entity.Provenance;
import org.issa.core.error.InvalidInputException;
import org.issa.core.marking.Marking;
import org.issa.investigation.entity.FtmModel;
import org.issa.investigation.entity.FtmSchema;

/**
 * How a CSV edge list, adjacency matrix or call-record file becomes entities.
 *
 * @param dataset     the dataset to publish into
 * @param source      the file's name, kept as each statement's source
 * @param relation    the link schema of each edge (an FtM interval link such as {@code Associate}, or
 *                    {@code Communication} for counts); call records are always {@code Call}
 * @param nodeSchema  the schema of the nodes the file names ({@code Person}, {@code Phone}…)
 * @param createNodes whether ids the dataset does not hold yet become new nodes; otherwise they are an error
 * @param period      a label for the period the file covers (e.g. {@code phase-3}), part of each link's id, if any
 * @param from        first day of that period, if known
 * @param to          last day of that period, if known
 * @param marking     the marking requested for what is imported (checked against the importer's clearance)
 */
public record TabularOptions(String dataset, String source, String relation, String nodeSchema, boolean createNodes,
                             Optional<String> period, Optional<LocalDate> from, Optional<LocalDate> to, Marking marking) {

    private static final Pattern PERIOD = Pattern.compile("[a-z0-9][a-z0-9-]{0,31}");

    public TabularOptions {
        if (dataset == null || !Provenance.DATASET.matcher(dataset).matches()) {
            throw new InvalidInputException("dataset", "dataset must be 1-64 lower-case letters, digits, '.', '_' or '-'");
        }
        source = source == null || source.isBlank() ? "upload" : source.strip();
        if (source.length() > 200) {
            source = source.substring(0, 200);
        }
        FtmSchema rel = FtmModel.require("relation", relation);
        if (!rel.isEdge()) {
            throw new InvalidInputException("relation", "relation '" + relation + "' is not a link schema (e.g. Associate, Call, Communication)");
        }
        FtmSchema node = FtmModel.require("nodeSchema", nodeSchema);
        if (node.isEdge()) {
            throw new InvalidInputException("nodeSchema", "nodeSchema '" + nodeSchema + "' is a link schema, not a node");
        }
        if (period.isPresent() && !PERIOD.matcher(period.get()).matches()) {
            throw new InvalidInputException("period", "period must be 1-32 lower-case letters, digits or '-'");
        }
        if (from.isPresent() && to.isPresent() && to.get().isBefore(from.get())) {
            throw new InvalidInputException("to", "the period ends before it starts");
        }
        if (marking == null) {
            throw new InvalidInputException("marking", "marking is required");
        }
    }
}
