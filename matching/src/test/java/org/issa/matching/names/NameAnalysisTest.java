package org.issa.matching.names;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.issa.matching.model.Name;
import org.issa.matching.model.NameStrength;
import org.issa.matching.model.Schema;
import org.junit.jupiter.api.Test;

class NameAnalysisTest {

    private final NameAnalyser analyser = new NameAnalyser();

    private List<String> texts(AnalysedName n) {
        return n.parts().stream().map(NamePart::text).toList();
    }

    private List<PartKind> kinds(AnalysedName n) {
        return n.parts().stream().map(NamePart::kind).toList();
    }

    @Test
    void foldsCaseMarksAndPunctuation() {
        assertThat(Folding.fold("Andrej Plenković")).isEqualTo("andrej plenkovic");
        assertThat(Folding.fold("O'Brien, Seán")).isEqualTo("obrien sean");
        assertThat(Folding.fold("A.B.C. Straße")).isEqualTo("abc strasse");
        assertThat(Folding.fold("  Hans-Peter   MÜLLER ")).isEqualTo("hans peter muller");
        assertThat(Folding.fold("Łukasz Øster")).isEqualTo("lukasz oster");
    }

    @Test
    void transliteratesOtherScripts() {
        assertThat(Folding.fold("Владимир Путин")).isEqualTo("vladimir putin");
        assertThat(Folding.fold("Κυριάκος")).isEqualTo("kyriakos");
        assertThat(Folding.fold("محمد")).isEqualTo("mhmd");
        assertThat(Folding.fold("习近平")).isEqualTo("xi jin ping");
        assertThat(Folding.fold("Արամ")).isEqualTo("aram");
        assertThat(Folding.fold("მიხეილ")).isEqualTo("mikheil");
        assertThat(Folding.fold("עמוס")).isNotBlank();
        assertThat(Folding.isLatin("Plenković")).isTrue();
        assertThat(Folding.isLatin("Путин")).isFalse();
    }

    @Test
    void keepsTheOriginalScriptInTheSourceName() {
        AnalysedName n = analyser.analyse(Name.of("Владимир Путин", NameStrength.ALIAS), Schema.PERSON);
        assertThat(n.source().full()).isEqualTo("Владимир Путин");
        assertThat(n.folded()).isEqualTo("vladimir putin");
    }

    @Test
    void typesThePartsOfAPersonsName() {
        AnalysedName n = analyser.analyse(Name.of("Sheikh Abu Bakr al-Baghdadi J."), Schema.PERSON);
        assertThat(texts(n)).containsExactly("sheikh", "abu", "bakr", "al", "baghdadi", "j");
        assertThat(kinds(n)).containsExactly(PartKind.HONORIFIC, PartKind.PARTICLE, PartKind.WORD, PartKind.PARTICLE,
                PartKind.WORD, PartKind.INITIAL);
    }

    @Test
    void usesGivenAndFamilyWhenTheSourceSeparatesThem() {
        AnalysedName n = analyser.analyse(Name.ofParts("Olaf", null, "Scholz", NameStrength.PRIMARY), Schema.PERSON);
        assertThat(kinds(n)).containsExactly(PartKind.GIVEN, PartKind.FAMILY);
        assertThat(n.weight()).isEqualTo(2.3);
    }

    @Test
    void reducesLegalFormsToTheirCanonicalFormAndWeighsGenericWordsLow() {
        AnalysedName a = analyser.analyse(Name.of("Gazprom Neft Joint Stock Company"), Schema.COMPANY);
        assertThat(texts(a)).containsExactly("gazprom", "neft", "jsc");
        assertThat(kinds(a).get(2)).isEqualTo(PartKind.LEGAL_FORM);
        AnalysedName b = analyser.analyse(Name.of("Volkswagen Bank G.m.b.H."), Schema.COMPANY);
        assertThat(texts(b)).containsExactly("volkswagen", "bank", "gmbh");
        assertThat(kinds(b)).containsExactly(PartKind.WORD, PartKind.GENERIC, PartKind.LEGAL_FORM);
        AnalysedName c = analyser.analyse(Name.of("OOO Romashka"), Schema.COMPANY);
        assertThat(kinds(c)).containsExactly(PartKind.LEGAL_FORM, PartKind.WORD);
    }

    @Test
    void aLoneLegalFormIsTheName() {
        AnalysedName n = analyser.analyse(Name.of("Limited"), Schema.COMPANY);
        assertThat(kinds(n)).containsExactly(PartKind.WORD);
    }

    @Test
    void numbersAreTheirOwnKind() {
        AnalysedName n = analyser.analyse(Name.of("Snow Storm 2"), Schema.VESSEL);
        assertThat(kinds(n)).containsExactly(PartKind.WORD, PartKind.WORD, PartKind.NUMBER);
    }

    @Test
    void givenNamesAcrossLanguagesShareAGroup() {
        NameTables t = NameTables.defaults();
        assertThat(t.givenNameGroup("mohammed")).isNotNegative().isEqualTo(t.givenNameGroup("muhammad"))
                .isEqualTo(t.givenNameGroup("mohamed"));
        assertThat(t.givenNameGroup("aleksandr")).isNotNegative().isEqualTo(t.givenNameGroup("alexander"));
        assertThat(t.givenNameGroup("aleksandr")).isNotEqualTo(t.givenNameGroup("mohammed"));
        assertThat(t.nicknames("william", "bill")).isTrue();
        assertThat(t.nicknames("bill", "william")).isTrue();
    }

    @Test
    void skeletonsMergeTransliterationVariants() {
        assertThat(Skeleton.of("mohammed")).isEqualTo(Skeleton.of("muhammad")).isEqualTo(Skeleton.of("mohamed"));
        assertThat(Skeleton.of("aleksandr")).isEqualTo(Skeleton.of("alexandr"));
        assertThat(Skeleton.of("wladimir")).isEqualTo(Skeleton.of("vladimir"));
        assertThat(Skeleton.of("philip")).isEqualTo(Skeleton.of("filip"));
        assertThat(Skeleton.of("smith")).isNotEqualTo(Skeleton.of("schmidt"));
    }
}
