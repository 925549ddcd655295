package org.issa.cyber.stix;

import java.util.List;
import java.util.Map;
import java.util.Set;

/** The object types STIX 2.1 defines, and what it says about each that validation needs. */
public final class StixTypes {

    private StixTypes() {
    }

    public enum Kind { SDO, SRO, SCO, META, CUSTOM }

    public static final Set<String> SDO = Set.of("attack-pattern", "campaign", "course-of-action", "grouping", "identity",
            "incident", "indicator", "infrastructure", "intrusion-set", "location", "malware", "malware-analysis", "note",
            "observed-data", "opinion", "report", "threat-actor", "tool", "vulnerability");
    public static final Set<String> SRO = Set.of("relationship", "sighting");
    public static final Set<String> SCO = Set.of("artifact", "autonomous-system", "directory", "domain-name", "email-addr",
            "email-message", "file", "ipv4-addr", "ipv6-addr", "mac-addr", "mutex", "network-traffic", "process", "software",
            "url", "user-account", "windows-registry-key", "x509-certificate");
    public static final Set<String> META = Set.of("marking-definition", "language-content", "extension-definition");

    public static Kind kindOf(String type) {
        if (SDO.contains(type)) {
            return Kind.SDO;
        }
        if (SRO.contains(type)) {
            return Kind.SRO;
        }
        if (SCO.contains(type)) {
            return Kind.SCO;
        }
        if (META.contains(type)) {
            return Kind.META;
        }
        return Kind.CUSTOM;
    }

    /** Properties the specification requires, beyond the common ones, for each type that has plain requirements. */
    static final Map<String, List<String>> REQUIRED = Map.ofEntries(
            Map.entry("attack-pattern", List.of("name")),
            Map.entry("campaign", List.of("name")),
            Map.entry("course-of-action", List.of("name")),
            Map.entry("grouping", List.of("context", "object_refs")),
            Map.entry("identity", List.of("name")),
            Map.entry("incident", List.of("name")),
            Map.entry("indicator", List.of("pattern", "pattern_type", "valid_from")),
            Map.entry("infrastructure", List.of("name")),
            Map.entry("intrusion-set", List.of("name")),
            Map.entry("malware", List.of("is_family")),
            Map.entry("malware-analysis", List.of("product")),
            Map.entry("note", List.of("content", "object_refs")),
            Map.entry("observed-data", List.of("first_observed", "last_observed", "number_observed")),
            Map.entry("opinion", List.of("opinion", "object_refs")),
            Map.entry("report", List.of("name", "published", "object_refs")),
            Map.entry("threat-actor", List.of("name")),
            Map.entry("tool", List.of("name")),
            Map.entry("vulnerability", List.of("name")),
            Map.entry("relationship", List.of("relationship_type", "source_ref", "target_ref")),
            Map.entry("sighting", List.of("sighting_of_ref")),
            Map.entry("language-content", List.of("object_ref", "contents")),
            Map.entry("extension-definition", List.of("created_by_ref", "name", "schema", "version", "extension_types")),
            Map.entry("autonomous-system", List.of("number")),
            Map.entry("directory", List.of("path")),
            Map.entry("domain-name", List.of("value")),
            Map.entry("email-addr", List.of("value")),
            Map.entry("email-message", List.of("is_multipart")),
            Map.entry("ipv4-addr", List.of("value")),
            Map.entry("ipv6-addr", List.of("value")),
            Map.entry("mac-addr", List.of("value")),
            Map.entry("mutex", List.of("name")),
            Map.entry("network-traffic", List.of("protocols")),
            Map.entry("software", List.of("name")),
            Map.entry("url", List.of("value")));

    /** The ID contributing properties of each SCO (STIX 2.1, section 6); process has none (UUIDv4). */
    static final Map<String, List<String>> ID_CONTRIBUTING = Map.ofEntries(
            Map.entry("artifact", List.of("hashes", "payload_bin")),
            Map.entry("autonomous-system", List.of("number")),
            Map.entry("directory", List.of("path")),
            Map.entry("domain-name", List.of("value")),
            Map.entry("email-addr", List.of("value")),
            Map.entry("email-message", List.of("from_ref", "subject", "body")),
            Map.entry("file", List.of("hashes", "name", "extensions", "parent_directory_ref")),
            Map.entry("ipv4-addr", List.of("value")),
            Map.entry("ipv6-addr", List.of("value")),
            Map.entry("mac-addr", List.of("value")),
            Map.entry("mutex", List.of("name")),
            Map.entry("network-traffic", List.of("start", "end", "src_ref", "dst_ref", "src_port", "dst_port", "protocols",
                    "extensions")),
            Map.entry("software", List.of("name", "cpe", "swid", "vendor", "version")),
            Map.entry("url", List.of("value")),
            Map.entry("user-account", List.of("account_type", "user_id", "account_login")),
            Map.entry("windows-registry-key", List.of("key", "values")),
            Map.entry("x509-certificate", List.of("hashes", "serial_number")));

    /** Properties holding timestamps, wherever they appear at the top of an object. */
    static final Set<String> TIMESTAMPS = Set.of("created", "modified", "valid_from", "valid_until", "first_seen", "last_seen",
            "first_observed", "last_observed", "published", "object_modified", "analysis_started", "analysis_ended",
            "submitted", "start", "end", "date", "ctime", "mtime", "atime", "created_time", "modified_time",
            "validity_not_before", "validity_not_after", "account_created", "account_expires", "credential_last_changed",
            "account_first_login", "account_last_login");

    /** pattern-type-ov. */
    static final Set<String> PATTERN_TYPES = Set.of("stix", "pcre", "sigma", "snort", "suricata", "yara");

    /** Hash algorithms of hash-algorithm-ov whose value length is fixed, and that length in hex digits. */
    static final Map<String, Integer> HASH_HEX_LENGTH = Map.of("MD5", 32, "SHA-1", 40, "SHA-256", 64, "SHA-512", 128,
            "SHA3-256", 64, "SHA3-512", 128);

    /** The extensions STIX 2.1 predefines for SCOs. */
    static final Set<String> PREDEFINED_EXTENSIONS = Set.of("archive-ext", "ntfs-ext", "pdf-ext", "raster-image-ext",
            "windows-pebinary-ext", "http-request-ext", "icmp-ext", "socket-ext", "tcp-ext", "unix-account-ext",
            "windows-process-ext", "windows-service-ext");

    static final Set<String> EXTENSION_TYPES = Set.of("new-sdo", "new-sco", "new-sro", "property-extension",
            "toplevel-property-extension");
}
