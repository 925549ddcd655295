package org.issa.app.investigation.store;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.issa.app.identity.CurrentUser;
import org.issa.app.investigation.store.EntityViews.EntitySummary;
import org.issa.app.investigation.store.EntityViews.EntityView;
import org.issa.app.web.PageView;
import org.issa.core.audit.AuditEvent;
import org.issa.core.error.InvalidInputException;
import org.issa.core.paging.Cursor;
import org.issa.core.paging.Page;
import org.issa.core.security.Principal;
import org.issa.core.security.Role;
import org.issa.investigation.entity.EntityRecord;
import org.issa.investigation.entity.EntityStore;
import org.issa.investigation.entity.StoredEntity;
import org.issa.investigation.importer.ColumnMapping;
import org.issa.investigation.importer.DatasetImports;
import org.issa.investigation.importer.FtmLines;
import org.issa.investigation.merge.MergeDesk;
import org.issa.investigation.merge.MergeProposal;
import org.issa.investigation.merge.MergeRecord;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The entity store over HTTP: search, entities with every statement and its source, imports
 * (the request body is the file), FtM export, duplicates and merges. Reads of persons need a
 * {@code purpose}; everything the caller may not see answers 404, as if it did not exist.
 */
@RestController
@RequestMapping("/api/v1/investigation/entities")
public class EntityApi {

    private final EntityStore store;
    private final DatasetImports imports;
    private final MergeDesk merges;

    public EntityApi(EntityStore store, DatasetImports imports, MergeDesk merges) {
        this.store = store;
        this.imports = imports;
        this.merges = merges;
    }

    public record DatasetView(String name, long entities) {
    }

    public record MergeInput(@NotBlank @Size(max = 270) String canonical, @NotBlank @Size(max = 270) String other,
                             @NotBlank @Size(max = 2000) String reason) {
    }

    public record UndoInput(@NotBlank @Size(max = 2000) String reason) {
    }

    public record RejectInput(@NotBlank @Size(max = 270) String left, @NotBlank @Size(max = 270) String right) {
    }

    @GetMapping
    PageView<EntitySummary> search(@RequestParam(defaultValue = "") String q, @RequestParam Optional<String> schema,
                                   @RequestParam Optional<String> dataset, @RequestParam(required = false) String cursor,
                                   @RequestParam(required = false) Integer limit, Authentication auth) {
        Page<StoredEntity> page = store.search(CurrentUser.of(auth), q, schema.filter(s -> !s.isBlank()), dataset.filter(s -> !s.isBlank()),
                cursor, Cursor.size(limit, 50));
        return PageView.of(page, EntitySummary::of);
    }

    @GetMapping("/datasets")
    List<DatasetView> datasets(Authentication auth) {
        return store.datasets(CurrentUser.of(auth)).stream().map(e -> new DatasetView(e.getKey(), e.getValue())).toList();
    }

    @GetMapping("/{id}")
    EntityView entity(@PathVariable String id, @RequestParam(required = false) String purpose, Authentication auth) {
        return EntityView.of(store.read(CurrentUser.of(auth), id, purpose));
    }

    /** The caller's visible entities of a dataset as FtM JSON lines; the export is a read of personal data, audited with its purpose. */
    @GetMapping(value = "/export", produces = "application/x-ndjson")
    ResponseEntity<String> export(@RequestParam String dataset, @RequestParam String purpose, Authentication auth) {
        Principal p = CurrentUser.of(auth);
        List<EntityRecord> records = new ArrayList<>();
        Page.walk(c -> store.search(p, "", Optional.empty(), Optional.of(dataset), c, 500), 100_000, e -> records.add(
                store.read(p, e.id(), purpose)));
        StringWriter out = new StringWriter();
        int n = FtmLines.write(records, out);
        store.audit().record(AuditEvent.write(p.username(), "investigation.entity.export", "inv_dataset", dataset,
                "FtM export, " + n + " entities"));
        return ResponseEntity.ok().contentType(MediaType.parseMediaType("application/x-ndjson;charset=UTF-8")).body(out.toString());
    }

    @PostMapping("/import/ftm")
    @ResponseStatus(HttpStatus.CREATED)
    DatasetImports.Report importFtm(@RequestParam String dataset, @RequestParam(defaultValue = "upload") String source,
                                    @RequestParam(required = false) String classification, @RequestParam(required = false) String tlp,
                                    @RequestParam(required = false) String releasableTo, HttpServletRequest request, Authentication auth) {
        Principal p = CurrentUser.of(auth);
        ImportParameters params = new ImportParameters(dataset, source, "Associate", "Person", false, null, null, null, classification,
                tlp, releasableTo);
        return imports.ftm(p, dataset, source, params.marking(p), body(request));
    }

    @PostMapping("/import/edges")
    @ResponseStatus(HttpStatus.CREATED)
    DatasetImports.Report importEdges(ImportParameters params, @RequestParam(defaultValue = "source") String sourceColumn,
                                      @RequestParam(defaultValue = "target") String targetColumn,
                                      @RequestParam Optional<String> weightColumn, @RequestParam Optional<String> timeColumn,
                                      HttpServletRequest request, Authentication auth) {
        Principal p = CurrentUser.of(auth);
        ColumnMapping m = new ColumnMapping(sourceColumn, targetColumn, weightColumn.filter(s -> !s.isBlank()),
                timeColumn.filter(s -> !s.isBlank()), Optional.empty());
        return imports.edges(p, defaults(params, "Associate", "Person").options(p), m, body(request));
    }

    @PostMapping("/import/matrix")
    @ResponseStatus(HttpStatus.CREATED)
    DatasetImports.Report importMatrix(ImportParameters params, HttpServletRequest request, Authentication auth) {
        Principal p = CurrentUser.of(auth);
        return imports.matrix(p, defaults(params, "Communication", "Person").options(p), body(request));
    }

    @PostMapping("/import/calls")
    @ResponseStatus(HttpStatus.CREATED)
    DatasetImports.Report importCalls(ImportParameters params, @RequestParam(defaultValue = "caller") String callerColumn,
                                      @RequestParam(defaultValue = "callee") String calleeColumn,
                                      @RequestParam(defaultValue = "time") String timeColumn,
                                      @RequestParam(defaultValue = "duration") String durationColumn,
                                      HttpServletRequest request, Authentication auth) {
        Principal p = CurrentUser.of(auth);
        ColumnMapping m = new ColumnMapping(callerColumn, calleeColumn, Optional.empty(), Optional.of(timeColumn), Optional.of(durationColumn));
        return imports.calls(p, defaults(params, "Call", "Phone").options(p), m, body(request));
    }

    /** Withdraws every entity of a dataset (supervisors): an import undone, or a source's retention applied. */
    @DeleteMapping("/datasets/{dataset}")
    Map<String, Integer> withdraw(@PathVariable String dataset, Authentication auth) {
        Principal p = CurrentUser.of(auth);
        if (!p.has(Role.SUPERVISOR)) {
            throw new org.issa.core.error.ForbiddenException("only supervisors withdraw a dataset");
        }
        return Map.of("withdrawn", store.withdrawDataset(p.username(), dataset));
    }

    @GetMapping("/duplicates")
    List<MergeProposal> duplicates(@RequestParam(defaultValue = "Person") String schema, @RequestParam Optional<String> dataset,
                                   @RequestParam(defaultValue = "0.8") double threshold, @RequestParam(defaultValue = "50") int limit,
                                   @RequestParam(required = false) String purpose, Authentication auth) {
        if (limit < 1 || limit > 500) {
            throw new InvalidInputException("limit", "limit must be between 1 and 500");
        }
        return merges.proposals(CurrentUser.of(auth), schema, dataset.filter(s -> !s.isBlank()), threshold, limit, purpose);
    }

    @PostMapping("/duplicates/rejections")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void reject(@jakarta.validation.Valid @RequestBody RejectInput in, Authentication auth) {
        merges.reject(CurrentUser.of(auth), in.left(), in.right());
    }

    @PostMapping("/merges")
    @ResponseStatus(HttpStatus.CREATED)
    MergeRecord merge(@jakarta.validation.Valid @RequestBody MergeInput in, Authentication auth) {
        return merges.merge(CurrentUser.of(auth), in.canonical(), in.other(), in.reason());
    }

    @PostMapping("/merges/{id}/undo")
    MergeRecord undo(@PathVariable String id, @jakarta.validation.Valid @RequestBody UndoInput in, Authentication auth) {
        return merges.unmerge(CurrentUser.of(auth), id, in.reason());
    }

    @GetMapping("/{id}/merges")
    List<MergeRecord> history(@PathVariable String id, Authentication auth) {
        return merges.history(CurrentUser.of(auth), id);
    }

    private static ImportParameters defaults(ImportParameters p, String relation, String nodeSchema) {
        return new ImportParameters(p.dataset(), p.source(), p.relation() == null || p.relation().isBlank() ? relation : p.relation(),
                p.nodeSchema() == null || p.nodeSchema().isBlank() ? nodeSchema : p.nodeSchema(), p.createNodes(), p.period(), p.from(),
                p.to(), p.classification(), p.tlp(), p.releasableTo());
    }

    private static InputStream body(HttpServletRequest request) {
        try {
            return request.getInputStream();
        } catch (IOException e) {
            throw new InvalidInputException("body", "the request body cannot be read");
        }
    }
}
