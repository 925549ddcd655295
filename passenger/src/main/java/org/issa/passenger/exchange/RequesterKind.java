package org.issa.passenger.exchange;

/** Who asks: the PIU of another Member State (Art 9(2)) or Europol through its national unit (Art 10). */
public enum RequesterKind {
    PIU("Art 9(2) Directive (EU) 2016/681"),
    EUROPOL("Art 10 Directive (EU) 2016/681");

    private final String legalBasis;

    RequesterKind(String legalBasis) {
        this.legalBasis = legalBasis;
    }

    public String legalBasis() {
        return legalBasis;
    }
}
