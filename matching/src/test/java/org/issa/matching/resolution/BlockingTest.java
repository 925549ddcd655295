package org.issa.matching.resolution;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class BlockingTest {

    private static final List<Field> FIELDS = List.of(Field.GIVEN_NAME, Field.FAMILY_NAME, Field.DATE_OF_BIRTH,
            Field.CITY, Field.EMAIL);

    @Test
    void noPairSharingAKeyIsMissedAndNoOtherPairIsProposed() {
        SyntheticPeople people = new SyntheticPeople(300, 11);
        RecordTable table = new RecordTable(people.records, FIELDS, people.records.size());
        List<BlockingRule> rules = BlockingRule.defaults(EnumSet.copyOf(FIELDS));
        Blocking.Result result = Blocking.candidates(table, rules, 10_000);

        Set<Long> expected = new HashSet<>();
        for (int i = 0; i < table.size(); i++) {
            for (int j = i + 1; j < table.size(); j++) {
                if (shareAKey(table, rules, i, j)) {
                    expected.add(Blocking.pair(i, j));
                }
            }
        }
        Set<Long> got = new HashSet<>();
        for (long p : result.pairs()) {
            got.add(p);
        }
        assertThat(got).isEqualTo(expected);
        assertThat(result.report().candidatePairs()).isEqualTo(expected.size());
        assertThat(result.report().skippedBlocks()).isEmpty();
    }

    @Test
    void pairsAreSortedDistinctAndOrdered() {
        SyntheticPeople people = new SyntheticPeople(100, 3);
        RecordTable table = new RecordTable(people.records, FIELDS, people.records.size());
        long[] pairs = Blocking.candidates(table, BlockingRule.defaults(EnumSet.copyOf(FIELDS)), 500).pairs();
        for (int k = 0; k < pairs.length; k++) {
            assertThat(Blocking.first(pairs[k])).isLessThan(Blocking.second(pairs[k]));
            if (k > 0) {
                assertThat(pairs[k]).isGreaterThan(pairs[k - 1]);
            }
        }
    }

    @Test
    void blocksAboveTheCapAreSkippedAndReported() {
        List<ResolutionRecord> records = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            records.add(new ResolutionRecord("r" + i, Map.of(Field.CITY, "london", Field.POSTCODE, "p" + (i % 3))));
        }
        records.add(new ResolutionRecord("x", Map.of(Field.CITY, "leeds", Field.POSTCODE, "p0")));
        RecordTable table = new RecordTable(records, List.of(Field.CITY, Field.POSTCODE), records.size());
        Blocking.Result result = Blocking.candidates(table,
                List.of(BlockingRule.same(Field.CITY), BlockingRule.same(Field.POSTCODE)), 20);

        assertThat(result.report().skippedBlocks()).singleElement().satisfies(s -> {
            assertThat(s.rule()).isEqualTo("same city");
            assertThat(s.key()).isEqualTo("london");
            assertThat(s.size()).isEqualTo(30);
        });
        // postcode blocks: p0 has 11 records (55 pairs), p1 and p2 have 10 (45 pairs each)
        assertThat(result.report().candidatePairs()).isEqualTo(55 + 45 + 45);
        assertThat(result.report().totalPairs()).isEqualTo(31 * 30 / 2);
        assertThat(result.report().reductionRatio()).isEqualTo(1 - 145.0 / 465);
        assertThat(result.report().toString()).contains("skipped block 'london'");
    }

    @Test
    void linkModeProposesOnlyPairsAcrossTheTwoDatasets() {
        List<ResolutionRecord> records = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            records.add(new ResolutionRecord("r" + i, Map.of(Field.POSTCODE, "p")));
        }
        RecordTable table = new RecordTable(records, List.of(Field.POSTCODE), 2);
        Blocking.Result result = Blocking.candidates(table, List.of(BlockingRule.same(Field.POSTCODE)), 500);
        assertThat(result.pairs()).hasSize(2 * 4);
        for (long p : result.pairs()) {
            assertThat(Blocking.first(p)).isLessThan(2);
            assertThat(Blocking.second(p)).isGreaterThanOrEqualTo(2);
        }
        assertThat(result.report().totalPairs()).isEqualTo(8);
    }

    @Test
    void swappedNamesShareNameKeys() {
        RecordTable table = new RecordTable(List.of(
                new ResolutionRecord("a", Map.of(Field.GIVEN_NAME, "Noah", Field.FAMILY_NAME, "Watson",
                        Field.DATE_OF_BIRTH, "2008-03-23")),
                new ResolutionRecord("b", Map.of(Field.GIVEN_NAME, "Watson", Field.FAMILY_NAME, "Noah ",
                        Field.DATE_OF_BIRTH, "2008-01-19"))), FIELDS, 2);
        BlockingRule prefixYear = BlockingRule.defaults(EnumSet.copyOf(FIELDS)).get(0);
        assertThat(Blocking.candidates(table, List.of(prefixYear), 500).pairs()).hasSize(1);
    }

    private static boolean shareAKey(RecordTable t, List<BlockingRule> rules, int i, int j) {
        for (BlockingRule r : rules) {
            List<String> a = r.keys().apply(f -> t.value(i, f));
            List<String> b = r.keys().apply(f -> t.value(j, f));
            if (a.stream().anyMatch(b::contains)) {
                return true;
            }
        }
        return false;
    }
}
