package org.issa.finance.register;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import org.issa.core.error.InvalidInputException;

/**
 * The legal bases on which a designated authority may query the register, and which kinds of authority each serves.
 * National law needs the provision written out.
 */
public enum LegalBasis {
    AMLD5_ART_32A_2("Directive (EU) 2015/849 Art. 32a(2) (as amended by Directive (EU) 2018/843): FIU access",
            EnumSet.of(AuthorityKind.FIU)),
    AMLD6_2024_1640_ART_16("Directive (EU) 2024/1640 Art. 16: FIU direct, immediate and unfiltered access",
            EnumSet.of(AuthorityKind.FIU)),
    DIR_2019_1153_ART_4("Directive (EU) 2019/1153 Art. 4: designated competent authorities, for serious criminal offences",
            EnumSet.of(AuthorityKind.ARO, AuthorityKind.POLICE, AuthorityKind.PROSECUTION, AuthorityKind.OTHER)),
    NATIONAL_LAW("National law (state the provision)", EnumSet.allOf(AuthorityKind.class));

    private final String label;
    private final Set<AuthorityKind> kinds;

    LegalBasis(String label, Set<AuthorityKind> kinds) {
        this.label = label;
        this.kinds = kinds;
    }

    public String label() {
        return label;
    }

    public boolean serves(AuthorityKind kind) {
        return kinds.contains(kind);
    }

    public static LegalBasis parse(String written) {
        if (written == null || written.isBlank()) {
            throw new InvalidInputException("legalBasis", "legalBasis is required: state the legal basis of the query ("
                    + String.join(", ", java.util.Arrays.stream(values()).map(Enum::name).toList()) + ")");
        }
        try {
            return valueOf(written.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("legalBasis", "legalBasis '" + written + "' is not one of "
                    + String.join(", ", java.util.Arrays.stream(values()).map(Enum::name).toList()));
        }
    }
}
