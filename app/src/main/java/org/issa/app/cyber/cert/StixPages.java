package org.issa.app.cyber.cert;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.issa.app.cyber.cert.StixViews.ImportView;
import org.issa.app.identity.CurrentUser;
import org.issa.app.web.Pages;
import org.issa.core.error.ConflictException;
import org.issa.core.error.ForbiddenException;
import org.issa.core.error.InvalidInputException;
import org.issa.core.error.NotFoundException;
import org.issa.core.marking.Tlp;
import org.issa.core.paging.Page;
import org.issa.core.security.Principal;
import org.issa.cyber.stix.Bundle;
import org.issa.cyber.stix.BundleReader;
import org.issa.cyber.stix.store.Collection;
import org.issa.cyber.stix.store.Export;
import org.issa.cyber.stix.store.StixStore;
import org.issa.cyber.stix.store.StoredObject;
import org.issa.cyber.tlp.SharingGroup;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.ModelAndView;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** The CERT pages: STIX objects filtered by type and TLP, one object, bundle upload with its report, export. */
@Controller
public class StixPages {

    private static final JsonMapper PRETTY = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private final StixStore store;
    private final BundleReader reader;
    private final StixApi api;

    public StixPages(StixStore store, BundleReader reader, StixApi api) {
        this.store = store;
        this.reader = reader;
        this.api = api;
    }

    public record ListPage(List<StoredObject> objects, Map<String, Long> types, String type, String tlp, String q,
                           Optional<String> next, List<Tlp> levels) {
    }

    public record ObjectPage(StoredObject object, String prettyJson, List<StoredObject> versions, List<StoredObject> relationships) {
    }

    public record ImportPage(Optional<ImportView> report, List<Collection> collections, List<SharingGroup> groups) {
    }

    @GetMapping("/cyber/stix")
    ModelAndView list(@RequestParam(defaultValue = "") String type, @RequestParam(defaultValue = "") String tlp,
                      @RequestParam(defaultValue = "") String q, @RequestParam(required = false) String cursor,
                      HttpServletRequest request, Authentication auth) {
        Principal p = CurrentUser.of(auth);
        var frame = Pages.page(request, "STIX objects", "cert");
        try {
            Page<StoredObject> page = store.objects(p, StixApi.query(type.isBlank() ? null : List.of(type), tlp, q, null, null, null, 50)
                    .after(cursor));
            return Pages.view("stixObjects", frame, new ListPage(page.items(), store.countByType(p), type, tlp, q, page.nextCursor(),
                    List.of(Tlp.values())));
        } catch (InvalidInputException e) {
            return Pages.view("stixObjects", frame.withError(e.getMessage()), new ListPage(List.of(), store.countByType(p), type, tlp,
                    q, Optional.empty(), List.of(Tlp.values())));
        }
    }

    @GetMapping("/cyber/stix/objects/{id}")
    ModelAndView object(@PathVariable String id, HttpServletRequest request, Authentication auth) {
        Principal p = CurrentUser.of(auth);
        StoredObject o = store.object(p, id).orElseThrow(() -> new NotFoundException("STIX object", id));
        return Pages.view("stixObject", Pages.page(request, o.title(), "cert"), new ObjectPage(o,
                PRETTY.writeValueAsString(o.node()), store.versions(p, id), store.referencing(p, id, 200)));
    }

    @GetMapping("/cyber/stix/import")
    ModelAndView importForm(HttpServletRequest request, Authentication auth) {
        Principal p = CurrentUser.of(auth);
        return Pages.view("stixImport", Pages.page(request, "Import a STIX bundle", "cert"),
                new ImportPage(Optional.empty(), store.collections(p), store.sharingGroups()));
    }

    @PostMapping("/cyber/stix/import")
    ModelAndView importBundle(@RequestParam(required = false) MultipartFile file, @RequestParam(required = false) String classification,
                              @RequestParam(required = false) String tlp, @RequestParam(required = false) String releasableTo,
                              @RequestParam(required = false) String distribution, @RequestParam(required = false) String sharingGroup,
                              @RequestParam(required = false) String collection, @RequestParam(defaultValue = "false") boolean skipInvalid,
                              HttpServletRequest request, Authentication auth) {
        Principal p = CurrentUser.of(auth);
        var frame = Pages.page(request, "Import a STIX bundle", "cert");
        try {
            if (file == null || file.isEmpty()) {
                throw new InvalidInputException("file", "choose a STIX 2.1 bundle (JSON file) to import");
            }
            Bundle bundle = reader.readBundle(file.getBytes());
            String name = file.getOriginalFilename() == null ? "" : file.getOriginalFilename();
            var options = new ImportRequest(classification, tlp, releasableTo, distribution, sharingGroup, collection, skipInvalid,
                    bundle.id().orElse("") + (name.isBlank() ? "" : " (" + name + ")")).toOptions(p, bundle.id());
            ImportView report = ImportView.of(store.importBundle(p, bundle, options));
            var shown = report.committed()
                    ? notice(frame, "Imported: " + report.stored() + " stored, " + report.alreadyStored() + " already stored, "
                    + report.refused() + " refused.")
                    : frame.withError("Nothing was stored: " + report.refused() + " object(s) were refused. Fix them, or choose "
                    + "\"store the valid objects\".");
            return Pages.view("stixImport", shown, new ImportPage(Optional.of(report), store.collections(p), store.sharingGroups()));
        } catch (InvalidInputException | ForbiddenException | ConflictException e) {
            return Pages.view("stixImport", frame.withError("Import refused: " + e.getMessage()),
                    new ImportPage(Optional.empty(), store.collections(p), store.sharingGroups()));
        } catch (IOException e) {
            return Pages.view("stixImport", frame.withError("The file could not be received: " + e.getMessage()),
                    new ImportPage(Optional.empty(), store.collections(p), store.sharingGroups()));
        }
    }

    private static org.issa.app.web.Page notice(org.issa.app.web.Page f, String message) {
        return new org.issa.app.web.Page(f.title(), f.section(), f.user(), f.displayName(), f.csrfParameter(), f.csrfToken(),
                Optional.of(message), Optional.empty());
    }

    /** The objects of the list's filters as a bundle download (audited). */
    @GetMapping("/cyber/stix/export")
    ResponseEntity<byte[]> export(@RequestParam(defaultValue = "") String type, @RequestParam(defaultValue = "") String tlp,
                                  @RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "") String tlpVersion,
                                  Authentication auth) {
        Export e = api.export(CurrentUser.of(auth), null, type.isBlank() ? null : List.of(type), tlp, q, null, tlpVersion, false, 10_000);
        return StixApi.stix(e.bundle(), e.leftOut().isEmpty() ? null : String.valueOf(e.leftOut().size()));
    }
}
