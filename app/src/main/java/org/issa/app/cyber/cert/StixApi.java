package org.issa.app.cyber.cert;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.issa.app.cyber.cert.StixViews.ImportView;
import org.issa.app.cyber.cert.StixViews.ObjectDetail;
import org.issa.app.cyber.cert.StixViews.ObjectSummary;
import org.issa.app.cyber.cert.StixViews.ValidationView;
import org.issa.app.identity.CurrentUser;
import org.issa.app.web.PageView;
import org.issa.app.web.RequestLimits;
import org.issa.core.error.InvalidInputException;
import org.issa.core.error.NotFoundException;
import org.issa.core.marking.Tlp;
import org.issa.core.paging.Cursor;
import org.issa.core.security.Principal;
import org.issa.cyber.stix.Bundle;
import org.issa.cyber.stix.BundleCheck;
import org.issa.cyber.stix.BundleReader;
import org.issa.cyber.stix.StixTimestamp;
import org.issa.cyber.stix.store.Collection;
import org.issa.cyber.stix.store.Export;
import org.issa.cyber.stix.store.ImportReport;
import org.issa.cyber.stix.store.ObjectQuery;
import org.issa.cyber.stix.store.StixStore;
import org.issa.cyber.stix.store.StoredObject;
import org.issa.cyber.stix.store.VersionMatch;
import org.issa.cyber.tlp.SharingGroup;
import org.issa.cyber.tlp.TlpVersion;
import org.springframework.http.ContentDisposition;
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
import org.springframework.web.server.ResponseStatusException;

/** STIX 2.1 for CERT analysts and partners: import and validate bundles, list, read and export objects. */
@RestController
@RequestMapping("/api/v1/cyber/stix")
public class StixApi {

    public static final String STIX_MEDIA_TYPE = "application/stix+json;version=2.1";

    private final StixStore store;
    private final BundleReader reader;
    private final RequestLimits limits;

    public StixApi(StixStore store, BundleReader reader, RequestLimits limits) {
        this.store = store;
        this.reader = reader;
        this.limits = limits;
    }

    /**
     * Imports a bundle sent as the body. 201 when stored (also when every object was already
     * stored), 422 with the report when objects were refused and nothing was stored
     * ({@code skipInvalid=true} stores the valid ones), 400 problem+json when the body is no bundle.
     */
    @PostMapping("/bundles")
    ResponseEntity<ImportView> importBundle(@RequestParam(required = false) String classification,
                                            @RequestParam(required = false) String tlp,
                                            @RequestParam(required = false) String releasableTo,
                                            @RequestParam(required = false) String distribution,
                                            @RequestParam(required = false) String sharingGroup,
                                            @RequestParam(required = false) String collection,
                                            @RequestParam(defaultValue = "false") boolean skipInvalid,
                                            @RequestParam(required = false) String source,
                                            HttpServletRequest request, Authentication auth) {
        Principal p = CurrentUser.of(auth);
        Bundle bundle = reader.readBundle(read(request));
        ImportRequest form = new ImportRequest(classification, tlp, releasableTo, distribution, sharingGroup, collection,
                skipInvalid, source);
        ImportReport r = store.importBundle(p, bundle, form.toOptions(p, bundle.id()));
        return ResponseEntity.status(r.committed() ? HttpStatus.CREATED : HttpStatus.UNPROCESSABLE_CONTENT).body(ImportView.of(r));
    }

    /** Validates a bundle without storing it. */
    @PostMapping("/validate")
    ValidationView validate(HttpServletRequest request, Authentication auth) {
        Principal p = CurrentUser.of(auth);
        return ValidationView.of(BundleCheck.check(reader.readBundle(read(request)), ref -> store.exists(p, ref)));
    }

    /**
     * Objects the caller may see, in the order they were added: the last version of each unless
     * {@code version} says otherwise (first, last, all or timestamps, as TAXII's match[version]).
     */
    @GetMapping("/objects")
    PageView<ObjectSummary> objects(@RequestParam(required = false) List<String> type, @RequestParam(required = false) String tlp,
                                    @RequestParam(required = false) String q, @RequestParam(required = false) String collection,
                                    @RequestParam(required = false) String addedAfter, @RequestParam(required = false) String version,
                                    @RequestParam(required = false) String cursor, @RequestParam(required = false) Integer limit,
                                    Authentication auth) {
        ObjectQuery query = query(type, tlp, q, collection, addedAfter, version, Cursor.size(limit, 50)).after(cursor);
        return PageView.of(store.objects(CurrentUser.of(auth), query), ObjectSummary::of);
    }

    @GetMapping("/objects/{id}")
    ObjectDetail object(@PathVariable String id, Authentication auth) {
        Principal p = CurrentUser.of(auth);
        StoredObject o = store.object(p, id).orElseThrow(() -> new NotFoundException("STIX object", id));
        return new ObjectDetail(ObjectSummary.of(o), o.node(), store.versions(p, id).stream().map(ObjectSummary::of).toList(),
                store.referencing(p, id, 200).stream().map(ObjectSummary::of).toList());
    }

    /** Every version the caller may see, oldest first, in full. */
    @GetMapping(value = "/objects/{id}/versions", produces = STIX_MEDIA_TYPE)
    ResponseEntity<byte[]> versions(@PathVariable String id, Authentication auth) {
        List<StoredObject> all = store.versions(CurrentUser.of(auth), id);
        if (all.isEmpty()) {
            throw new NotFoundException("STIX object", id);
        }
        return stix(org.issa.cyber.stix.BundleWriter.write(org.issa.cyber.stix.BundleWriter.newBundleId(),
                all.stream().map(StoredObject::json).toList()), null);
    }

    /** Deletes an object (every version the supervisor may see) from the store; audited. */
    @DeleteMapping("/objects/{id}")
    ResponseEntity<Void> delete(@PathVariable String id, Authentication auth) {
        store.delete(CurrentUser.of(auth), id, Optional.empty(), VersionMatch.ALL);
        return ResponseEntity.noContent().build();
    }

    /**
     * A bundle of the objects chosen by id or by the list filters, as stored, with markings
     * honoured; {@code tlpVersion=1} rewrites TLP refs for TLP 1.0 peers (AMBER+STRICT is left out
     * unless {@code allowLossy=true}; the ids left out are in {@code X-ISSA-Left-Out}). Audited.
     */
    @GetMapping(value = "/export", produces = STIX_MEDIA_TYPE)
    ResponseEntity<byte[]> export(@RequestParam(required = false) List<String> id, @RequestParam(required = false) List<String> type,
                                  @RequestParam(required = false) String tlp, @RequestParam(required = false) String q,
                                  @RequestParam(required = false) String collection, @RequestParam(required = false) String tlpVersion,
                                  @RequestParam(defaultValue = "false") boolean allowLossy,
                                  @RequestParam(defaultValue = "10000") int max, Authentication auth) {
        Export e = export(CurrentUser.of(auth), id, type, tlp, q, collection, tlpVersion, allowLossy, max);
        return stix(e.bundle(), e.leftOut().isEmpty() ? null : String.join(",", e.leftOut().stream()
                .map(s -> s.substring(0, s.indexOf(':'))).limit(100).toList()));
    }

    Export export(Principal p, List<String> id, List<String> type, String tlp, String q, String collection, String tlpVersion,
                  boolean allowLossy, int max) {
        ObjectQuery query = query(type, tlp, q, collection, null, null, Cursor.MAX_PAGE_SIZE);
        if (id != null && !id.isEmpty()) {
            query = query.ids(Set.copyOf(id));
        }
        Optional<TlpVersion> v = tlpVersion == null || tlpVersion.isBlank() ? Optional.empty() : Optional.of(switch (tlpVersion.strip()) {
            case "1", "v1", "V1", "1.0" -> TlpVersion.V1;
            case "2", "v2", "V2", "2.0" -> TlpVersion.V2;
            default -> throw new InvalidInputException("tlpVersion", "tlpVersion must be 1 or 2");
        });
        return store.export(p, query, v, allowLossy, max);
    }

    static ObjectQuery query(List<String> type, String tlp, String q, String collection, String addedAfter, String version, int limit) {
        ObjectQuery query = ObjectQuery.latest(limit);
        if (type != null && !type.isEmpty()) {
            query = query.types(Set.copyOf(type.stream().filter(t -> !t.isBlank()).toList()));
        }
        if (tlp != null && !tlp.isBlank()) {
            try {
                query = query.tlp(Tlp.parse(tlp));
            } catch (IllegalArgumentException e) {
                throw new InvalidInputException("tlp", e.getMessage());
            }
        }
        if (q != null && !q.isBlank()) {
            query = query.text(q.strip());
        }
        if (collection != null && !collection.isBlank()) {
            query = query.inCollection(collection.strip());
        }
        if (addedAfter != null && !addedAfter.isBlank()) {
            Instant after = StixTimestamp.parse(addedAfter.strip()).map(StixTimestamp::instant)
                    .orElseThrow(() -> new InvalidInputException("addedAfter", "addedAfter must be a timestamp like 2026-01-31T12:00:00Z"));
            query = query.addedAfter(after);
        }
        if (version != null) {
            query = query.versions(VersionMatch.parse(version));
        }
        return query;
    }

    // collections and sharing groups (supervisors and administrators create; everyone lists what they may see)

    public record CollectionInput(@NotBlank @Size(max = 200) String title, @Size(max = 2000) String description,
                                  @Size(max = 100) String alias, @NotNull @Size(max = 50) List<@Valid GrantInput> grants) {
    }

    public record GrantInput(@NotBlank @Size(max = 80) String grantee, boolean read, boolean write) {
    }

    public record SharingGroupInput(@NotBlank @Size(max = 200) String name, @Size(max = 2000) String description,
                                    @NotNull @Size(min = 1, max = 200) List<@NotBlank @Size(max = 80) String> members) {
    }

    @GetMapping("/collections")
    List<Collection> collections(Authentication auth) {
        return store.collections(CurrentUser.of(auth));
    }

    @PostMapping("/collections")
    @ResponseStatus(HttpStatus.CREATED)
    Collection createCollection(@Valid @RequestBody CollectionInput in, Authentication auth) {
        return store.createCollection(CurrentUser.of(auth), in.title(), in.description(), Optional.ofNullable(in.alias()),
                in.grants().stream().map(g -> new Collection.Grant(g.grantee(), g.read(), g.write())).toList());
    }

    @PostMapping("/collections/{id}/objects")
    ResponseEntity<Void> addToCollection(@PathVariable String id, @RequestBody @NotNull @Size(min = 1, max = 100) List<String> ids,
                                         Authentication auth) {
        store.addToCollection(CurrentUser.of(auth), id, ids);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/sharing-groups")
    List<SharingGroup> sharingGroups() {
        return store.sharingGroups();
    }

    @PostMapping("/sharing-groups")
    @ResponseStatus(HttpStatus.CREATED)
    SharingGroup createSharingGroup(@Valid @RequestBody SharingGroupInput in, Authentication auth) {
        return store.createSharingGroup(CurrentUser.of(auth), in.name(), in.description(), Set.copyOf(in.members()));
    }

    static ResponseEntity<byte[]> stix(byte[] bundle, String leftOut) {
        var b = ResponseEntity.ok().contentType(MediaType.parseMediaType(STIX_MEDIA_TYPE))
                .header("Content-Disposition", ContentDisposition.attachment().filename("issa-stix-bundle.json").build().toString());
        if (leftOut != null) {
            b.header("X-ISSA-Left-Out", leftOut);
        }
        return b.body(bundle);
    }

    private byte[] read(HttpServletRequest request) {
        long limit = limits.limitFor(request);
        try (InputStream in = request.getInputStream()) {
            byte[] body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
            if (body.length > limit) {
                throw tooLarge(limit);
            }
            return body;
        } catch (RequestLimits.TooLarge e) {
            throw tooLarge(limit);
        } catch (IOException e) {
            throw new InvalidInputException("body", "the bundle could not be received: " + e.getMessage());
        }
    }

    private static ResponseStatusException tooLarge(long limit) {
        return new ResponseStatusException(HttpStatus.CONTENT_TOO_LARGE, "STIX bundles are limited to " + RequestLimits.describe(limit));
    }
}
