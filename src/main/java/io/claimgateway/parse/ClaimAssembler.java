package io.claimgateway.parse;

import io.claimgateway.model.BillingProvider;
import io.claimgateway.model.Claim;
import io.claimgateway.model.ClaimForm;
import io.claimgateway.model.ClaimSubmission;
import io.claimgateway.model.Envelope;
import io.claimgateway.model.Patient;
import io.claimgateway.model.Payer;
import io.claimgateway.model.ServiceLine;
import io.claimgateway.model.Subscriber;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Turns the element events of the 837 infoset into claim records, handing each claim on when its
 * 2300 loop closes so memory stays flat. Knows the infoset of
 * {@code mappings/x12-837-common.dfdl.xsd}: loops; envelope segments and HL with one element per
 * data element (e01..); the claim segments as one text element each, split here. One instance
 * per file.
 */
final class ClaimAssembler {

    private static final int MAX_FIELDS = 24;
    /** Segments the schema hands over whole: their data elements are split here. */
    private static final Set<String> WHOLE_SEGMENTS =
            Set.of("NM1", "PayerName", "REF", "SBR", "DMG", "CLM", "DTP", "HI", "LX", "SV1", "SV2");

    private final ClaimForm form;
    private final char elementSeparator;
    private final String componentSeparator;
    private final Consumer<ClaimSubmission> sink;

    private final Deque<String> loops = new ArrayDeque<>();
    private final String[] fields = new String[MAX_FIELDS + 1];
    private final StringBuilder text = new StringBuilder();
    private int fieldIndex = -1;
    private boolean wholeSegment;
    private int claimCount;

    private String isa05, isa06, isa07, isa08, isa13, gs06, version;
    private Envelope envelope;
    private BillingProvider billingProvider;
    private String billingName, billingNpi, billingTaxId;
    private String memberId, subscriberLast, subscriberFirst, claimFilingIndicator;
    private LocalDate subscriberBirthDate;
    private Payer payer;
    private boolean hasPatient;
    private String patientLast, patientFirst;
    private LocalDate patientBirthDate;
    private ClaimBuilder claim;
    private LineBuilder line;

    ClaimAssembler(ClaimForm form, char elementSeparator, char componentSeparator,
            Consumer<ClaimSubmission> sink) {
        this.form = form;
        this.elementSeparator = elementSeparator;
        this.componentSeparator = String.valueOf(componentSeparator);
        this.sink = sink;
    }

    int claimCount() {
        return claimCount;
    }

    void startElement(String name) {
        int index = fieldIndex(name);
        if (index > 0) {
            fieldIndex = index;
            text.setLength(0);
            return;
        }
        fieldIndex = -1;
        if (WHOLE_SEGMENTS.contains(name)) {
            wholeSegment = true;
            text.setLength(0);
            return;
        }
        switch (name) {
            case "Interchange", "Group", "Transaction", "BillingProvider", "Subscriber", "Patient",
                    "Provider" -> loops.push(name);
            case "Claim" -> {
                loops.push(name);
                claim = new ClaimBuilder();
            }
            case "Line" -> {
                loops.push(name);
                line = new LineBuilder();
            }
            default -> java.util.Arrays.fill(fields, null);
        }
    }

    void text(String chars) {
        if (fieldIndex > 0 || wholeSegment) {
            text.append(chars);
        }
    }

    void endElement(String name) {
        int index = fieldIndex(name);
        if (index > 0) {
            fields[index] = text.toString();
            fieldIndex = -1;
            return;
        }
        if (wholeSegment) {
            wholeSegment = false;
            splitFields();
            endSegment(name);
            return;
        }
        switch (name) {
            case "Interchange", "Group", "Transaction", "BillingProvider", "Provider" -> loops.pop();
            case "Subscriber" -> loops.pop();
            case "Patient" -> {
                loops.pop();
                hasPatient = false;
            }
            case "Line" -> {
                loops.pop();
                claim.lines.add(line.build());
                line = null;
            }
            case "Claim" -> {
                loops.pop();
                emitClaim();
                claim = null;
            }
            default -> endSegment(name);
        }
    }

    private void endSegment(String tag) {
        String loop = loops.isEmpty() ? "" : loops.peek();
        switch (tag) {
            case "ISA" -> {
                isa05 = field(5);
                isa06 = trimmed(6);
                isa07 = field(7);
                isa08 = trimmed(8);
                isa13 = field(13);
            }
            case "GS" -> {
                gs06 = field(6);
                version = field(8);
            }
            case "ST" -> envelope = new Envelope(isa05, isa06, isa07, isa08, isa13, gs06, field(2), version);
            case "NM1" -> endName(loop);
            case "PayerName" -> payer = new Payer(required("NM1", 3, "payer name (2010BB NM103)"),
                    X12Values.optional(field(9)));
            case "REF" -> endReference(loop);
            case "SBR" -> claimFilingIndicator = field(9);
            case "DMG" -> endDemographics(loop);
            case "CLM" -> endClaimHeader();
            case "DTP" -> endDate(loop);
            case "HI" -> endDiagnoses();
            case "LX" -> line.lineNumber = (int) X12Values.quantity("LX", "LX01", field(1)).longValue();
            case "SV1" -> endProfessionalService();
            case "SV2" -> endInstitutionalService();
            default -> {
                // Envelope trailers (SE, GE, IEA) and HL carry nothing a claim needs;
                // their counts were checked by the envelope scanner.
            }
        }
    }

    private void endName(String loop) {
        switch (loop) {
            case "BillingProvider" -> {
                billingName = personOrOrganisation();
                billingNpi = required("NM1", 9, "billing provider NPI (2010AA NM109)");
                billingProvider = null;
            }
            case "Subscriber" -> {
                memberId = required("NM1", 9, "subscriber member id (2010BA NM109)");
                subscriberLast = required("NM1", 3, "subscriber last name (2010BA NM103)");
                subscriberFirst = field(4);
                subscriberBirthDate = null;
            }
            case "Patient" -> {
                hasPatient = true;
                patientLast = required("NM1", 3, "patient last name (2010CA NM103)");
                patientFirst = field(4);
                patientBirthDate = null;
            }
            case "Provider" -> {
                // 2310B rendering (837P) and 2310A attending (837I) are the NPIs rule 6 accepts.
                if ("82".equals(field(1))) {
                    claim.renderingNpi = field(9);
                } else if ("71".equals(field(1))) {
                    claim.attendingNpi = field(9);
                }
            }
            default -> {
            }
        }
    }

    private void endReference(String loop) {
        String qualifier = field(1);
        switch (loop) {
            case "BillingProvider" -> {
                if ("EI".equals(qualifier)) {
                    billingTaxId = field(2);
                    billingProvider = null;
                }
            }
            case "Claim" -> {
                if ("G1".equals(qualifier)) {
                    claim.priorAuthorization = field(2);
                } else if ("F8".equals(qualifier)) {
                    claim.payerClaimControlNumber = field(2);
                }
            }
            case "Line" -> {
                if ("G1".equals(qualifier)) {
                    line.priorAuthorization = field(2);
                } else if ("6R".equals(qualifier)) {
                    line.lineItemControlNumber = field(2);
                }
            }
            default -> {
            }
        }
    }

    private void endDemographics(String loop) {
        if (!"D8".equals(field(1)) || field(2) == null) {
            return;
        }
        LocalDate birthDate = X12Values.date("DMG", "DMG02", field(2));
        if ("Patient".equals(loop)) {
            patientBirthDate = birthDate;
        } else {
            subscriberBirthDate = birthDate;
        }
    }

    private void endClaimHeader() {
        claim.claimId = required("CLM", 1, "claim id (CLM01)");
        claim.totalCharge = X12Values.amount("CLM", "CLM02", field(2));
        String[] placeOfService = components(field(5));
        claim.facilityCode = part(placeOfService, 0);
        claim.frequencyCode = part(placeOfService, 2);
    }

    private void endDate(String loop) {
        String qualifier = field(1);
        if ("Claim".equals(loop) && "434".equals(qualifier)) {
            LocalDate[] period = X12Values.dateRange("DTP", field(2), field(3));
            claim.statementFrom = period[0];
            claim.statementTo = period[1];
        } else if ("Line".equals(loop) && "472".equals(qualifier)) {
            LocalDate[] period = X12Values.dateRange("DTP", field(2), field(3));
            line.serviceDate = period[0];
            line.serviceDateEnd = period[1].equals(period[0]) ? null : period[1];
        }
    }

    private void endDiagnoses() {
        for (int i = 1; i <= 12; i++) {
            String value = field(i);
            if (value != null && !value.isEmpty()) {
                String[] parts = components(value);
                claim.diagnosisCodes.add(parts.length > 1 ? parts[1] : parts[0]);
            }
        }
    }

    private void endProfessionalService() {
        setProcedure("SV1", "SV101", field(1));
        line.charge = X12Values.amount("SV1", "SV102", field(2));
        line.units = X12Values.quantity("SV1", "SV104", field(4));
    }

    private void endInstitutionalService() {
        line.revenueCode = required("SV2", 1, "revenue code (SV201)");
        setProcedure("SV2", "SV202", field(2));
        line.charge = X12Values.amount("SV2", "SV203", field(3));
        line.units = X12Values.quantity("SV2", "SV205", field(5));
    }

    private void setProcedure(String tag, String element, String composite) {
        String[] parts = components(composite);
        String code = part(parts, 1);
        if (code.isEmpty()) {
            throw new ClaimDataException(tag, element + " has no procedure code");
        }
        line.procedureCode = code;
        for (int i = 2; i < parts.length && i <= 5; i++) {
            if (!parts[i].isEmpty()) {
                line.modifiers.add(parts[i]);
            }
        }
    }

    private void emitClaim() {
        if (billingProvider == null) {
            billingProvider = new BillingProvider(billingName, billingNpi, X12Values.optional(billingTaxId));
        }
        Subscriber subscriber = new Subscriber(memberId, subscriberLast, X12Values.optional(subscriberFirst),
                Optional.ofNullable(subscriberBirthDate), X12Values.optional(claimFilingIndicator));
        Optional<Patient> patient = hasPatient
                ? Optional.of(new Patient(patientLast, X12Values.optional(patientFirst),
                        Optional.ofNullable(patientBirthDate)))
                : Optional.empty();
        claimCount++;
        sink.accept(new ClaimSubmission(claimCount, envelope, form, billingProvider, subscriber, patient, payer,
                claim.build()));
    }

    private String personOrOrganisation() {
        String last = required("NM1", 3, "billing provider name (2010AA NM103)");
        String first = field(4);
        return first == null || first.isEmpty() ? last : last + ", " + first;
    }

    /** "*A*B**C" (the text after the tag) into fields 1..n; absent and empty elements are null. */
    private void splitFields() {
        java.util.Arrays.fill(fields, null);
        int index = 0;
        int start = -1;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || text.charAt(i) == elementSeparator) {
                if (index > 0 && i > start && index <= MAX_FIELDS) {
                    fields[index] = text.substring(start, i);
                }
                index++;
                start = i + 1;
            }
        }
    }

    private String field(int index) {
        return fields[index];
    }

    private String trimmed(int index) {
        return fields[index] == null ? null : fields[index].trim();
    }

    private String required(String tag, int index, String what) {
        String value = fields[index];
        if (value == null || value.isBlank()) {
            throw new ClaimDataException(tag, String.format("%s%02d %s is missing", tag, index, what));
        }
        return value.trim();
    }

    private String[] components(String composite) {
        if (composite == null) {
            return new String[0];
        }
        return composite.split(java.util.regex.Pattern.quote(componentSeparator), -1);
    }

    private static String part(String[] parts, int index) {
        return index < parts.length ? parts[index] : "";
    }

    /** e01..e21 are data elements; everything else is a loop or a segment. */
    private static int fieldIndex(String name) {
        if (name.length() == 3 && name.charAt(0) == 'e'
                && Character.isDigit(name.charAt(1)) && Character.isDigit(name.charAt(2))) {
            return (name.charAt(1) - '0') * 10 + (name.charAt(2) - '0');
        }
        return -1;
    }

    private static final class ClaimBuilder {
        String claimId;
        BigDecimal totalCharge;
        String facilityCode = "";
        String frequencyCode = "";
        String priorAuthorization;
        String payerClaimControlNumber;
        final List<String> diagnosisCodes = new ArrayList<>();
        LocalDate statementFrom;
        LocalDate statementTo;
        String renderingNpi;
        String attendingNpi;
        final List<ServiceLine> lines = new ArrayList<>();

        Claim build() {
            return new Claim(claimId, totalCharge, facilityCode, frequencyCode,
                    X12Values.optional(priorAuthorization), X12Values.optional(payerClaimControlNumber),
                    diagnosisCodes, Optional.ofNullable(statementFrom), Optional.ofNullable(statementTo),
                    X12Values.optional(renderingNpi), X12Values.optional(attendingNpi), lines);
        }
    }

    private static final class LineBuilder {
        int lineNumber;
        String procedureCode;
        final List<String> modifiers = new ArrayList<>();
        String revenueCode;
        BigDecimal charge;
        BigDecimal units;
        LocalDate serviceDate;
        LocalDate serviceDateEnd;
        String priorAuthorization;
        String lineItemControlNumber;

        ServiceLine build() {
            return new ServiceLine(lineNumber, procedureCode, modifiers, X12Values.optional(revenueCode), charge,
                    units, Optional.ofNullable(serviceDate), Optional.ofNullable(serviceDateEnd),
                    X12Values.optional(priorAuthorization), X12Values.optional(lineItemControlNumber));
        }
    }
}
