package io.claimgateway.model;

/** The claim form a claim was billed on: 837P (CMS-1500) or 837I (UB-04). */
public enum ClaimForm {
    PROFESSIONAL("P", "005010X222A1"),
    INSTITUTIONAL("I", "005010X223A2");

    private final String code;
    private final String implementationGuide;

    ClaimForm(String code, String implementationGuide) {
        this.code = code;
        this.implementationGuide = implementationGuide;
    }

    /** One-letter form code stored in the paid history (P or I). */
    public String code() {
        return code;
    }

    /** The GS08/ST03 version of the guide this form is parsed against. */
    public String implementationGuide() {
        return implementationGuide;
    }
}
