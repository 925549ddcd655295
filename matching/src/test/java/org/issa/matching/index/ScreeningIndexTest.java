package org.issa.matching.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.issa.matching.bench.SyntheticNames;
import org.issa.matching.model.Gender;
import org.issa.matching.model.Identifier;
import org.issa.matching.model.Name;
import org.issa.matching.model.Schema;
import org.issa.matching.model.Subject;
import org.junit.jupiter.api.Test;

class ScreeningIndexTest {

    @Test
    void findsTyposTransliterationsAndReorderedNames() {
        List<Subject> list = new ArrayList<>();
        SyntheticNames gen = new SyntheticNames(1, 3000);
        for (int i = 0; i < 5000; i++) {
            list.add(gen.any("e" + i));
        }
        list.add(Subject.named("target1", Schema.PERSON, "Aleksandr Grigoryevich Lukashenko"));
        list.add(Subject.named("target2", Schema.PERSON, "Muhammad Yusuf Al-Tikriti"));
        ScreeningIndex index = ScreeningIndex.build(list);
        assertThat(index.screen(Subject.named("q", Schema.PERSON, "Alexander Lukashenko"), 0.7, 5))
                .extracting(m -> m.entry().id()).contains("target1");
        assertThat(index.screen(Subject.named("q", Schema.PERSON, "LUKASHENKO Aleksandr"), 0.7, 5))
                .extracting(m -> m.entry().id()).contains("target1");
        assertThat(index.screen(Subject.named("q", Schema.PERSON, "Mohammed Yousef Tikriti"), 0.7, 5))
                .extracting(m -> m.entry().id()).contains("target2");
        assertThat(index.screen(Subject.named("q", Schema.PERSON, "Александр Лукашенко"), 0.7, 5))
                .extracting(m -> m.entry().id()).contains("target1");
        Match m = index.screen(Subject.named("q", Schema.PERSON, "Alexander Lukashenko"), 0.7, 1).get(0);
        assertThat(m.explanation().features()).isNotEmpty();
        assertThat(m.explanation().summary()).contains("Lukashenko");
    }

    @Test
    void findsWhatBruteForceFindsOnASample() {
        List<Subject> list = new ArrayList<>();
        SyntheticNames gen = new SyntheticNames(2, 2000);
        for (int i = 0; i < 3000; i++) {
            list.add(gen.any("e" + i));
        }
        ScreeningIndex index = ScreeningIndex.build(list);
        int total = 0;
        int found = 0;
        for (int i = 0; i < 300; i++) {
            Subject q = i % 2 == 0 ? gen.variant(list.get(gen.random().nextInt(list.size())), "q" + i) : gen.any("q" + i);
            Set<String> viaIndex = new HashSet<>();
            index.screen(q, 0.7, 10_000).forEach(x -> viaIndex.add(x.entry().id()));
            for (Match b : index.bruteForce(q, 0.7, 10_000)) {
                total++;
                if (viaIndex.contains(b.entry().id())) {
                    found++;
                }
            }
        }
        assertThat(total).isGreaterThan(150);
        assertThat((double) found / total).isGreaterThanOrEqualTo(0.98);
    }

    @Test
    void theScoreUsedForTheThresholdIsTheScoreExplained() {
        List<Subject> list = new ArrayList<>();
        SyntheticNames gen = new SyntheticNames(4, 500);
        for (int i = 0; i < 800; i++) {
            list.add(gen.any("e" + i));
        }
        list.add(Subject.named("org", Schema.COMPANY, "E. S. Co."));
        list.add(Subject.named("person", Schema.PERSON, "S Ahmed"));
        ScreeningIndex index = ScreeningIndex.build(list);
        for (int i = 0; i < 300; i++) {
            Subject q = i % 2 == 0 ? gen.variant(list.get(gen.random().nextInt(list.size())), "q" + i) : gen.any("q" + i);
            for (Match m : index.bruteForce(q, 0.5, 10_000)) {
                assertThat(m.score()).as(q.primaryName().full() + " / " + m.entry().primaryName().full())
                        .isGreaterThanOrEqualTo(0.5 - 1e-9);
            }
        }
        Subject org = Subject.named("q", Schema.LEGAL_ENTITY, "Sepasad Company");
        for (Match m : index.bruteForce(org, 0.0, 10_000)) {
            assertThat(m.score()).isEqualTo(new org.issa.matching.compare.SubjectScorer().compare(org, m.entry()).score());
        }
    }

    @Test
    void identifiersFindEntriesWhateverTheirName() {
        Subject entry = new Subject("ship", Schema.VESSEL, List.of(Name.of("Ocean Pearl")), List.of(), List.of(),
                Gender.UNKNOWN, List.of(new Identifier("IMO", "9123456", null)), Map.of());
        ScreeningIndex index = ScreeningIndex.build(List.of(entry, Subject.named("other", Schema.VESSEL, "Sea Star")));
        Subject q = new Subject("q", Schema.VESSEL, List.of(Name.of("Blue Horizon")), List.of(), List.of(),
                Gender.UNKNOWN, List.of(new Identifier("", "IMO 9123456", null)), Map.of());
        assertThat(index.screen(q, 0.7, 5)).extracting(m -> m.entry().id()).containsExactly("ship");
    }

    @Test
    void personsAreNotComparedWithCompanies() {
        ScreeningIndex index = ScreeningIndex.build(List.of(Subject.named("c", Schema.COMPANY, "Petrov Trading")));
        assertThat(index.screen(Subject.named("q", Schema.PERSON, "Petrov Trading"), 0.5, 5)).isEmpty();
    }

    @Test
    void postingsAreSortedAndSearchable() {
        KeyPostings.Builder b = new KeyPostings.Builder();
        for (int e = 0; e < 1000; e++) {
            b.add(NameKeys.hash('t', "k" + (e % 7), -1, 0, 2), KeyPostings.slot(e, 0));
            b.add(NameKeys.hash('t', "k" + (e % 7), -1, 0, 2), KeyPostings.slot(e, 0)); // duplicates collapse
            b.add(NameKeys.hash('t', "k" + (e % 7), -1, 0, 2), KeyPostings.slot(e, 2)); // another name of the entry
        }
        KeyPostings p = b.build();
        assertThat(p.distinctKeys()).isEqualTo(7);
        assertThat(p.postings()).isEqualTo(2000);
        int pos = p.find(NameKeys.hash('t', "k3", -1, 0, 2));
        assertThat(p.size(pos)).isEqualTo(286);
        int at = p.find(p.start(pos), p.size(pos), 3);
        assertThat(at).isNotNegative();
        assertThat(p.slotAt(at)).isEqualTo(KeyPostings.slot(3, 0));
        assertThat(p.slotAt(at + 1)).isEqualTo(KeyPostings.slot(3, 2));
        assertThat(p.find(p.start(pos), p.size(pos), 4)).isNegative();
        assertThat(p.find(NameKeys.hash('t', "zz", -1, 0, 2))).isNegative();
    }

    @Test
    void theEstimateDropsNamesThatBothKeepDifferentParts() {
        Subject entry = Subject.named("e", Schema.PERSON, "Mahmoud Mohammed Yasin Qadir");
        var prepared = new org.issa.matching.compare.SubjectScorer().prepare(entry);
        // two of three query parts found, the candidate keeps two more: the score cannot be high
        assertThat(ScreeningIndex.estimate(2.0 / 3, 3, prepared, 1)).isLessThan(0.5);
        // every query part found: worth comparing
        assertThat(ScreeningIndex.estimate(1.0, 3, prepared, 1)).isGreaterThan(0.8);
        // found by an identifier: always compared
        assertThat(ScreeningIndex.estimate(2.0, 3, prepared, 1)).isEqualTo(1.0);
    }

    @Test
    void keysAreFoundAmongManyWhateverTheirSign() {
        KeyPostings.Builder b = new KeyPostings.Builder();
        java.util.Random r = new java.util.Random(5);
        long[] keys = new long[50_000];
        for (int i = 0; i < keys.length; i++) {
            keys[i] = NameKeys.hash('t', Long.toString(r.nextLong()), -1, 0, 5);
            b.add(keys[i], KeyPostings.slot(i, 0));
        }
        KeyPostings p = b.build();
        for (int i = 0; i < keys.length; i++) {
            int pos = p.find(keys[i]);
            assertThat(pos).as("key %d", i).isNotNegative();
            assertThat(p.find(p.start(pos), p.size(pos), i)).isNotNegative();
        }
        assertThat(p.find(Long.MIN_VALUE)).isNegative();
        assertThat(p.find(Long.MAX_VALUE)).isNegative();
        assertThat(p.find(0)).isNegative();
    }

    @Test
    void aliasesHoldingOnePartEachDoNotHideTheMatch() {
        List<Subject> list = new ArrayList<>();
        SyntheticNames gen = new SyntheticNames(6, 1000);
        for (int i = 0; i < 2000; i++) {
            list.add(gen.any("e" + i));
        }
        // one alias holds the given name, another the family name: not the person searched
        list.add(new Subject("split", Schema.PERSON, List.of(Name.of("Omar Xylander"), Name.of("Zebulon Haddadin")),
                List.of(), List.of(), Gender.UNKNOWN, List.of(), Map.of()));
        list.add(new Subject("match", Schema.PERSON, List.of(Name.of("Qwerty Uiop"), Name.of("Omar Haddadin")),
                List.of(), List.of(), Gender.UNKNOWN, List.of(), Map.of()));
        ScreeningIndex index = ScreeningIndex.build(list);
        Subject q = Subject.named("q", Schema.PERSON, "Omar Hadadin");
        assertThat(index.screen(q, 0.7, 10)).extracting(m -> m.entry().id()).contains("match").doesNotContain("split");
        assertThat(index.screen(q, 0.7, 10)).extracting(m -> m.entry().id())
                .containsExactlyElementsOf(index.bruteForce(q, 0.7, 10).stream().map(m -> m.entry().id()).toList());
    }

    @Test
    void aFormWithOneLetterDeletedHasTheKeyOfThatFormWritten() {
        List<Long> keys = new ArrayList<>();
        NameKeys.deletionKeys("mohammed", true, (k, kind) -> keys.add(k));
        assertThat(keys).contains(NameKeys.deletionKey("mohammed"), NameKeys.deletionKey("ohammed"),
                NameKeys.deletionKey("mohamed"), NameKeys.deletionKey("mohamme"));
        assertThat(keys).hasSize(1 + 7); // "mm": one form for the two m's
        assertThat(keys).doesNotContain(NameKeys.deletionKey("mohamm"), NameKeys.deletionKey("muhammed"));
    }
}
