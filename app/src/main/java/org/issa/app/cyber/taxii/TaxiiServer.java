package org.issa.app.cyber.taxii;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.issa.app.identity.CurrentUser;
import org.issa.core.error.ConflictException;
import org.issa.core.error.ForbiddenException;
import org.issa.core.error.InvalidInputException;
import org.issa.core.error.NotFoundException;
import org.issa.core.paging.Page;
import org.issa.core.security.Principal;
import org.issa.cyber.stix.Bundle;
import org.issa.cyber.stix.BundleReader;
import org.issa.cyber.stix.StixJson;
import org.issa.cyber.stix.store.Collection;
import org.issa.cyber.stix.store.ObjectQuery;
import org.issa.cyber.stix.store.StixStore;
import org.issa.cyber.stix.store.StoredObject;
import org.issa.cyber.taxii.TaxiiException;
import org.issa.cyber.taxii.TaxiiFilters;
import org.issa.cyber.taxii.TaxiiFilters.Endpoint;
import org.issa.cyber.taxii.TaxiiInbox;
import org.issa.cyber.taxii.TaxiiJson;
import org.issa.cyber.taxii.TaxiiMedia;
import org.issa.cyber.taxii.TaxiiStatus;
import org.issa.cyber.taxii.TaxiiStatusStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The TAXII 2.1 server: discovery, one API root ({@value #ROOT}), collections, manifests, objects
 * (get, add, get one, delete, versions) and status, over the STIX store. Every read goes through
 * the store's query, which applies the reader's markings and distribution in SQL; every error is
 * a TAXII error message resource with the status the specification asks for.
 */
@Controller
public class TaxiiServer {

    public static final String ROOT = "cert";
    static final String ROOT_PATH = "/taxii2/" + ROOT + "/";
    static final String COLLECTION = ROOT_PATH + "collections/{collectionId}/";
    private static final Logger LOG = LoggerFactory.getLogger(TaxiiServer.class);
    private static final Pattern KNOWN = Pattern.compile("/taxii2/(" + ROOT + "/((status/[^/]+/)|(collections/([^/]+/((manifest/)"
            + "|(objects/([^/]+/(versions/)?)?))?)?))?)?");

    private final StixStore store;
    private final BundleReader reader;
    private final TaxiiInbox inbox;
    private final TaxiiStatusStore statuses;
    private final TaxiiSettings settings;

    public TaxiiServer(StixStore store, BundleReader reader, TaxiiInbox inbox, TaxiiStatusStore statuses, TaxiiSettings settings) {
        this.store = store;
        this.reader = reader;
        this.inbox = inbox;
        this.statuses = statuses;
        this.settings = settings;
    }

    /** Server discovery (§4.1). */
    @GetMapping("/taxii2/")
    ResponseEntity<byte[]> discovery(HttpServletRequest request) {
        accept(request);
        String root = base(request) + ROOT_PATH;
        ObjectNode n = StixJson.object();
        n.put("title", settings.title());
        n.put("description", "TAXII 2.1 server of the ISSA CERT network; objects are released by TLP and distribution");
        settings.contact().ifPresent(c -> n.put("contact", c));
        n.put("default", root);
        n.putArray("api_roots").add(root);
        return ok(StixJson.compact(n), null);
    }

    /** API root information (§4.2). */
    @GetMapping(ROOT_PATH)
    ResponseEntity<byte[]> apiRoot(HttpServletRequest request) {
        accept(request);
        ObjectNode n = StixJson.object();
        n.put("title", "CERT network");
        n.put("description", "STIX 2.1 objects shared with and by partner CERTs");
        n.putArray("versions").add(TaxiiMedia.TAXII);
        n.put("max_content_length", settings.maxContentLength());
        return ok(StixJson.compact(n), null);
    }

    /** Get status (§4.3): to the client that posted, or a supervisor. */
    @GetMapping(ROOT_PATH + "status/{statusId}/")
    ResponseEntity<byte[]> status(@PathVariable String statusId, HttpServletRequest request, Authentication auth) {
        accept(request);
        TaxiiStatus s = statuses.find(CurrentUser.of(auth), statusId).orElseThrow(() -> new NotFoundException("status", statusId));
        return ok(s.toJson(), null);
    }

    /** Get collections (§5.1): those the caller may read or write. */
    @GetMapping(ROOT_PATH + "collections/")
    ResponseEntity<byte[]> collections(HttpServletRequest request, Authentication auth) {
        accept(request);
        ObjectNode n = StixJson.object();
        ArrayNode list = n.putArray("collections");
        store.collections(CurrentUser.of(auth)).forEach(c -> list.add(resource(c)));
        return ok(StixJson.compact(n), null);
    }

    /** Get a collection (§5.2). */
    @GetMapping(COLLECTION)
    ResponseEntity<byte[]> collection(@PathVariable String collectionId, HttpServletRequest request, Authentication auth) {
        accept(request);
        return ok(StixJson.compact(resource(collection(CurrentUser.of(auth), collectionId))), null);
    }

    /** Get object manifests (§5.3). */
    @GetMapping(COLLECTION + "manifest/")
    ResponseEntity<byte[]> manifest(@PathVariable String collectionId, HttpServletRequest request, Authentication auth) {
        accept(request);
        Principal p = CurrentUser.of(auth);
        Collection c = readable(p, collectionId);
        Page<StoredObject> page = store.objects(p, TaxiiFilters.parse(Endpoint.MANIFEST, request.getParameterMap(),
                settings.defaultPage()).inCollection(c.id()));
        ObjectNode n = StixJson.object();
        n.put("more", page.nextCursor().isPresent());
        page.nextCursor().ifPresent(next -> n.put("next", next));
        ArrayNode objects = n.putArray("objects");
        for (StoredObject o : page.items()) {
            ObjectNode m = objects.addObject();
            m.put("id", o.id());
            m.put("date_added", TaxiiJson.timestamp(o.dateAdded()));
            m.put("version", o.taxiiVersion());
            m.put("media_type", o.mediaType());
        }
        return ok(StixJson.compact(n), page);
    }

    /** Get objects (§5.4). */
    @GetMapping(COLLECTION + "objects/")
    ResponseEntity<byte[]> objects(@PathVariable String collectionId, HttpServletRequest request, Authentication auth) {
        accept(request);
        Principal p = CurrentUser.of(auth);
        Collection c = readable(p, collectionId);
        return envelope(store.objects(p, TaxiiFilters.parse(Endpoint.OBJECTS, request.getParameterMap(), settings.defaultPage())
                .inCollection(c.id())));
    }

    /** Add objects (§5.5): 202 with a status resource, every object processed before the answer. */
    @PostMapping(COLLECTION + "objects/")
    ResponseEntity<byte[]> add(@PathVariable String collectionId, HttpServletRequest request, Authentication auth) throws IOException {
        accept(request);
        if (!TaxiiMedia.isTaxiiContent(request.getContentType())) {
            throw new TaxiiException(415, "Unsupported media type", "send the envelope as " + TaxiiMedia.TAXII);
        }
        Principal p = CurrentUser.of(auth);
        Collection c = collection(p, collectionId);
        if (!c.canWrite()) {
            throw new TaxiiException(403, "Forbidden", "you may not add objects to the collection " + c.title());
        }
        Bundle envelope = reader.readEnvelope(body(request));
        TaxiiStatus s = inbox.add(p, c.id(), envelope, "TAXII add by " + p.username() + " (" + p.agency() + ") to " + c.id());
        return respond(HttpStatus.ACCEPTED, s.toJson(), null);
    }

    /** Get an object (§5.6): its versions as match[version] says (the last by default). */
    @GetMapping(COLLECTION + "objects/{objectId}/")
    ResponseEntity<byte[]> object(@PathVariable String collectionId, @PathVariable String objectId, HttpServletRequest request,
                                  Authentication auth) {
        accept(request);
        Principal p = CurrentUser.of(auth);
        Collection c = readable(p, collectionId);
        Page<StoredObject> page = store.objects(p, TaxiiFilters.parse(Endpoint.OBJECT, request.getParameterMap(), settings.defaultPage())
                .inCollection(c.id()).ids(java.util.Set.of(objectId)));
        if (page.items().isEmpty()) {
            throw new NotFoundException("STIX object", objectId);
        }
        return envelope(page);
    }

    /** Delete an object (§5.7) from the collection: the versions match[version] names (all by default). */
    @DeleteMapping(COLLECTION + "objects/{objectId}/")
    ResponseEntity<byte[]> delete(@PathVariable String collectionId, @PathVariable String objectId, HttpServletRequest request,
                                  Authentication auth) {
        accept(request);
        Principal p = CurrentUser.of(auth);
        Collection c = collection(p, collectionId);
        if (!c.canWrite()) {
            throw new TaxiiException(403, "Forbidden", "you may not delete objects from the collection " + c.title());
        }
        Map<String, String[]> params = request.getParameterMap();
        ObjectQuery q = TaxiiFilters.parse(Endpoint.DELETE, params, settings.defaultPage());
        store.delete(p, objectId, Optional.of(c.id()), params.containsKey("match[version]") ? q.versions()
                : org.issa.cyber.stix.store.VersionMatch.ALL);
        return ResponseEntity.ok().header(HttpHeaders.CONTENT_TYPE, TaxiiMedia.TAXII).body(new byte[0]);
    }

    /** Get object versions (§5.8). */
    @GetMapping(COLLECTION + "objects/{objectId}/versions/")
    ResponseEntity<byte[]> versions(@PathVariable String collectionId, @PathVariable String objectId, HttpServletRequest request,
                                    Authentication auth) {
        accept(request);
        Principal p = CurrentUser.of(auth);
        Collection c = readable(p, collectionId);
        Page<StoredObject> page = store.objects(p, TaxiiFilters.parse(Endpoint.VERSIONS, request.getParameterMap(),
                settings.defaultPage()).inCollection(c.id()).ids(java.util.Set.of(objectId)));
        if (page.items().isEmpty()) {
            throw new NotFoundException("STIX object", objectId);
        }
        ObjectNode n = StixJson.object();
        n.put("more", page.nextCursor().isPresent());
        page.nextCursor().ifPresent(next -> n.put("next", next));
        ArrayNode v = n.putArray("versions");
        page.items().forEach(o -> v.add(o.taxiiVersion()));
        return ok(StixJson.compact(n), page);
    }

    /** Anything else under /taxii2/: a TAXII 404, or 405 on a known resource with a method it lacks. */
    @RequestMapping("/taxii2/**")
    ResponseEntity<byte[]> unknown(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (KNOWN.matcher(path).matches()) {
            throw new TaxiiException(405, "Method not allowed", request.getMethod() + " is not defined on " + path);
        }
        throw new TaxiiException(404, "Not found", path.endsWith("/") ? "no TAXII resource at " + path
                : "no TAXII resource at " + path + " (TAXII URLs end with '/')");
    }

    // ---- errors

    @ExceptionHandler(TaxiiException.class)
    ResponseEntity<byte[]> taxii(TaxiiException e) {
        return error(e);
    }

    @ExceptionHandler(InvalidInputException.class)
    ResponseEntity<byte[]> invalid(InvalidInputException e) {
        String parameter = e.field().equals("cursor") ? "next" : e.field();
        return error(new TaxiiException(400, "Bad request", e.getMessage(), Map.of("parameter", parameter)));
    }

    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<byte[]> notFound(NotFoundException e) {
        return error(new TaxiiException(404, "Not found", e.getMessage()));
    }

    @ExceptionHandler(ForbiddenException.class)
    ResponseEntity<byte[]> forbidden(ForbiddenException e) {
        return error(new TaxiiException(403, "Forbidden", e.getMessage()));
    }

    @ExceptionHandler(ConflictException.class)
    ResponseEntity<byte[]> conflict(ConflictException e) {
        return error(new TaxiiException(409, "Conflict", e.getMessage()));
    }

    @ExceptionHandler(org.issa.app.web.RequestLimits.TooLarge.class)
    ResponseEntity<byte[]> tooLarge(IOException e) {
        return error(new TaxiiException(413, "Content too large", e.getMessage()));
    }

    @ExceptionHandler(RuntimeException.class)
    ResponseEntity<byte[]> unexpected(RuntimeException e) {
        LOG.error("unexpected TAXII error", e);
        return error(new TaxiiException(500, "Internal error", "an unexpected error occurred; it has been logged"));
    }

    static ResponseEntity<byte[]> error(TaxiiException e) {
        return ResponseEntity.status(e.status()).header(HttpHeaders.CONTENT_TYPE, TaxiiMedia.TAXII)
                .body(e.toJson().getBytes(StandardCharsets.UTF_8));
    }

    // ---- helpers

    private static void accept(HttpServletRequest request) {
        if (!TaxiiMedia.accepts(request.getHeader(HttpHeaders.ACCEPT))) {
            throw new TaxiiException(406, "Not acceptable", "this server answers with " + TaxiiMedia.TAXII
                    + "; the request's Accept header does not admit it");
        }
    }

    private byte[] body(HttpServletRequest request) throws IOException {
        long max = settings.maxContentLength();
        if (request.getContentLengthLong() > max) {
            throw new TaxiiException(413, "Content too large", "the body exceeds max_content_length (" + max + " bytes)");
        }
        try (InputStream in = request.getInputStream()) {
            byte[] body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, max + 1));
            if (body.length > max) {
                throw new TaxiiException(413, "Content too large", "the body exceeds max_content_length (" + max + " bytes)");
            }
            return body;
        }
    }

    private Collection collection(Principal p, String id) {
        return store.collection(p, id).orElseThrow(() -> new NotFoundException("collection", id));
    }

    private Collection readable(Principal p, String id) {
        Collection c = collection(p, id);
        if (!c.canRead()) {
            throw new TaxiiException(403, "Forbidden", "you may not read the collection " + c.title());
        }
        return c;
    }

    private static ObjectNode resource(Collection c) {
        ObjectNode n = StixJson.object();
        n.put("id", c.id());
        n.put("title", c.title());
        if (!c.description().isBlank()) {
            n.put("description", c.description());
        }
        c.alias().ifPresent(a -> n.put("alias", a));
        n.put("can_read", c.canRead());
        n.put("can_write", c.canWrite());
        n.putArray("media_types").add(TaxiiMedia.STIX);
        return n;
    }

    private String base(HttpServletRequest request) {
        return settings.publicUrl().orElseGet(() -> ServletUriComponentsBuilder.fromContextPath(request).build().toUriString())
                .replaceAll("/+$", "");
    }

    private ResponseEntity<byte[]> envelope(Page<StoredObject> page) {
        List<String> json = page.items().stream().map(StoredObject::json).toList();
        return ok(TaxiiJson.envelope(page.nextCursor().isPresent(), page.nextCursor().orElse(null), json), page);
    }

    private static ResponseEntity<byte[]> ok(String json, Page<StoredObject> page) {
        return respond(HttpStatus.OK, json, page);
    }

    private static ResponseEntity<byte[]> respond(HttpStatus status, String json, Page<StoredObject> page) {
        ResponseEntity.BodyBuilder b = ResponseEntity.status(status).header(HttpHeaders.CONTENT_TYPE, TaxiiMedia.TAXII);
        if (page != null && !page.items().isEmpty()) {
            Instant first = page.items().stream().map(StoredObject::dateAdded).min(Instant::compareTo).orElseThrow();
            Instant last = page.items().stream().map(StoredObject::dateAdded).max(Instant::compareTo).orElseThrow();
            b.header("X-TAXII-Date-Added-First", TaxiiJson.timestamp(first));
            b.header("X-TAXII-Date-Added-Last", TaxiiJson.timestamp(last));
        }
        return b.body(json.getBytes(StandardCharsets.UTF_8));
    }
}
