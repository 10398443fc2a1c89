package io.claimgateway.gateway;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * 837P files whose patients recur from file to file, built so that the program rules give the
 * same totals whatever order the files are adjudicated in: file f bills each patient's S0353 on
 * day 1 - f (days 0 to -5: whichever file comes first pays it, every other is a second S0353),
 * file f bills S0354 on days 60f - 30 and 60f (twelve dates 30 days apart in six files, all at
 * least 30 days after any of the S0353s: eleven pay, the twelfth meets the limit), and the first
 * file also an S0354 on day 10 (inside 30 days after the S0353: never paid). Claim ids say
 * patient, code and day ({@code P2-S0354-D090}) and nothing else.
 */
final class SharedPatientFiles {

    static final LocalDate DAY_ZERO = LocalDate.of(2026, 1, 5);
    /** Day 360: every date of service, day -5 to day 360, within timely filing (365 days). */
    static final LocalDate AS_OF = DAY_ZERO.plusDays(360);
    static final int FILES = 6;

    private static final DateTimeFormatter D8 = DateTimeFormatter.BASIC_ISO_DATE;
    private static final String PROVIDER_NPI = "1900001011";

    private final int patients;

    SharedPatientFiles(int patients) {
        this.patients = patients;
    }

    /** Authorizations for every patient, valid from day -5 to day 360. */
    Path writeAuthorizations(Path file) throws IOException {
        StringBuilder csv = new StringBuilder("authorization_number,member_id,provider_npi,regimen_id,pathway,valid_from,valid_to\n");
        for (int p = 1; p <= patients; p++) {
            csv.append(authorization(p)).append(',').append(memberId(p)).append(',').append(PROVIDER_NPI)
                    .append(",BR-ADJ-TC4,Y,").append(DAY_ZERO.minusDays(FILES - 1)).append(',').append(DAY_ZERO.plusDays(360)).append('\n');
        }
        return Files.writeString(file, csv);
    }

    /** File {@code f} (1..{@value #FILES}). */
    Path write(Path directory, int f) throws IOException {
        List<String> body = new ArrayList<>();
        body.add("BHT*0019*00*SHARED" + f + "*20270101*1200*CH");
        body.add("NM1*41*2*NORTHSHORE CLAIMS EXCHANGE*****46*NCX0001");
        body.add("PER*IC*EDI SUPPORT DESK*TE*6175550100");
        body.add("NM1*40*2*COMMONWEALTH BLUE TEST PLAN*****46*CBTP1");
        body.add("HL*1**20*1");
        body.add("NM1*85*2*HARBORVIEW ONCOLOGY ASSOCIATES*****XX*" + PROVIDER_NPI);
        body.add("N3*400 WHARF TERRACE SUITE 12");
        body.add("N4*BOSTON*MA*021100104");
        body.add("REF*EI*990000101");
        for (int p = 1; p <= patients; p++) {
            body.add("HL*" + (p + 1) + "*1*22*0");
            body.add("SBR*P*18*QCP2026******CI");
            body.add("NM1*IL*1*PATIENT*TEST****MI*" + memberId(p));
            body.add("NM1*PR*2*COMMONWEALTH BLUE TEST PLAN*****PI*CBTP1");
            addClaim(body, p, "S0353", 1 - f);
            if (f == 1) {
                addClaim(body, p, "S0354", 10);
            }
            addClaim(body, p, "S0354", 60 * f - 30);
            addClaim(body, p, "S0354", 60 * f);
        }
        String control = String.format("%09d", 900 + f);
        StringBuilder x12 = new StringBuilder();
        x12.append("ISA*00*          *00*          *ZZ*NCX0001        *ZZ*CBTPGATEWAY    *270101*1200*^*00501*")
                .append(control).append("*0*T*:~\n");
        x12.append("GS*HC*NCX0001*CBTPGATEWAY*20270101*1200*").append(f).append("*X*005010X222A1~\n");
        x12.append("ST*837*0001*005010X222A1~\n");
        body.forEach(segment -> x12.append(segment).append("~\n"));
        x12.append("SE*").append(body.size() + 2).append("*0001~\n");
        x12.append("GE*1*").append(f).append("~\n");
        x12.append("IEA*1*").append(control).append("~\n");
        return Files.writeString(directory.resolve("shared-" + f + ".837p.x12"), x12);
    }

    private void addClaim(List<String> body, int p, String code, int day) {
        String id = "P" + p + "-" + code + "-D" + String.format("%03d", day);
        body.add("CLM*" + id + "*300***11:B:1*Y*A*Y*Y");
        body.add("REF*G1*" + authorization(p));
        body.add("HI*ABK:C50911");
        body.add("LX*1");
        body.add("SV1*HC:" + code + "*300*UN*1***1");
        body.add("DTP*472*D8*" + DAY_ZERO.plusDays(day).format(D8));
    }

    private static String memberId(int p) {
        return String.format("QCX%06d", p);
    }

    private static String authorization(int p) {
        return String.format("QX27A%04d", p);
    }
}
