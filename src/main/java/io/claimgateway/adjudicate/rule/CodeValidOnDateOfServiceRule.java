package io.claimgateway.adjudicate.rule;

import io.claimgateway.adjudicate.HcpcsCodeTable;

/** Rule 1: the HCPCS code is valid on the DOS; a line without a determinable DOS fails here. */
final class CodeValidOnDateOfServiceRule implements LineRule {

    private final HcpcsCodeTable codes;

    CodeValidOnDateOfServiceRule(HcpcsCodeTable codes) {
        this.codes = codes;
    }

    @Override
    public String id() {
        return "code-valid-on-dos";
    }

    @Override
    public boolean passes(LineContext line) {
        return line.dateOfService().map(dos -> codes.isValidOn(line.procedureCode(), dos)).orElse(false);
    }
}
