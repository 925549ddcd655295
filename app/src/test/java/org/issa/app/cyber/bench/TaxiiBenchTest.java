package org.issa.app.cyber.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.issa.cyber.stix.BundleCheck;
import org.issa.cyber.stix.BundleLimits;
import org.issa.cyber.stix.BundleReader;
import org.issa.cyber.stix.ValidationReport;
import org.issa.cyber.tlp.TlpMarkings;
import org.junit.jupiter.api.Test;

/**
 * The benchmark's code path at a small size: the synthetic objects are valid STIX, and a run stores, counts and reads
 * back every object and measures the form. Only shapes and counts are checked, never a speed.
 */
class TaxiiBenchTest {

    @Test
    void theSyntheticObjectsAreValidAndReferToEachOtherOnly() {
        List<String> objects = new SyntheticStix("test").groups(0, 12);
        ValidationReport r = BundleCheck.check(new BundleReader(BundleLimits.DEFAULT).readEnvelope(SyntheticStix.envelope(objects)),
                ref -> TlpMarkings.isTlp(ref));
        assertThat(r.valid()).as(r.issues().toString()).isTrue();
        assertThat(r.issues()).as("no warnings either (unresolved references, deterministic ids, patterns)").isEmpty();
        assertThat(r.byType()).containsEntry("indicator", 24).containsEntry("relationship", 36).containsEntry("sighting", 12)
                .containsEntry("domain-name", 12).containsEntry("ipv4-addr", 12).containsEntry("url", 12).containsEntry("malware", 12);
        assertThat(new SyntheticStix("test").groups(5, 6)).isEqualTo(objects.subList(50, 60));
    }

    @Test
    @SuppressWarnings("unchecked")
    void aSmallRunStoresReadsAndCountsEveryObject() throws Exception {
        List<String> progress = new ArrayList<>();
        Map<String, Object> r = new TaxiiBench(new TaxiiBench.Options(2000, 500, 2, 300, Optional.empty(),
                new FormFlood.Options(12, 3, 4, 1), true), progress::add).run();

        assertThat(r).containsKeys("machine", "data", "post_objects_per_s", "get_objects_per_s", "report_form_per_s", "h2",
                "report_form");
        assertThat((Map<String, Object>) r.get("machine")).containsKeys("java", "cores", "max_heap_mib");
        assertThat((double) r.get("post_objects_per_s")).isPositive();
        assertThat((double) r.get("get_objects_per_s")).isPositive();
        assertThat((double) r.get("report_form_per_s")).isPositive();
        Map<String, Object> data = (Map<String, Object>) r.get("data");
        assertThat(data).containsEntry("objects", 2000L).containsEntry("envelope_objects", 500).containsEntry("envelopes", 4);

        Map<String, Object> h2 = (Map<String, Object>) r.get("h2");
        assertThat(h2).containsEntry("objects_read", 2000L).containsEntry("get_requests", 7).containsEntry("post_requests", 4);
        assertThat(h2).containsKeys("baseline_direct_objects_per_s", "baseline_get_direct_objects_per_s", "post_vs_baseline");
        assertThat((long) h2.get("objects_stored_with_warm_up")).isEqualTo(2000L + 200L);

        Map<String, Object> form = (Map<String, Object>) r.get("report_form");
        assertThat(form).containsEntry("legitimate_accepted", 36).containsEntry("legitimate_throttled", 0)
                .containsEntry("baseline_accepted", 36);
        Map<String, Object> abuser = (Map<String, Object>) form.get("abusive_client");
        long sent = (long) abuser.get("sent");
        assertThat((long) abuser.get("accepted")).isLessThanOrEqualTo(10);
        assertThat((long) abuser.get("accepted") + (long) abuser.get("throttled")).isEqualTo(sent);
        assertThat((long) form.get("reports_stored")).isEqualTo(72 + (long) abuser.get("accepted"));
        assertThat(progress).anyMatch(p -> p.contains("POST"));
    }
}
