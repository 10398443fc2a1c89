package io.claimgateway.bench;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Writes synthetic but valid 837P (005010X222A1) files of any size, segment by segment (nothing
 * but the current segment is held), together with the reference data that makes the gateway do
 * real work on them: every generated member has an authorization in {@code authorizations.csv}
 * for the billing provider of its claims, and every billing provider is in {@code providers.csv}.
 *
 * <p>Shape, modelled on the samples and on the file STACK.md measured (≈10.5 segments and 1.5
 * service lines per claim): one interchange, one functional group, one transaction set per
 * billing provider, subscribers with 1–5 claims each, 1–2 service lines per claim. Mix: ≈88 %
 * program claims (S0353 first, then S0354 about 30 days apart, so most lines are paid and a few
 * hit the frequency rules), ≈10 % forwarded claims (99213), ≈1 % mixed claims; ≈5 % of
 * subscribers send a dependent's claims (2000C), ≈3 % of authorizations are off-pathway.
 *
 * <p>Several files can share one generator (and so one set of reference files): each file gets
 * its own prefix for member ids, authorization numbers and claim ids. The reference files are
 * complete once the generator is closed. Same seed, same files.
 */
public final class Synthetic837Generator implements Closeable {

    /** Sender, receiver and payer as in the samples, so the gateway's defaults apply. */
    private static final String SENDER = "NCX0001";
    private static final String RECEIVER = "CBTPGATEWAY";
    private static final String PAYER_ID = "CBTP1";
    private static final String PAYER_NAME = "COMMONWEALTH BLUE TEST PLAN";
    private static final String TERMINATOR = "~\n";
    private static final DateTimeFormatter D8 = DateTimeFormatter.BASIC_ISO_DATE;

    private static final String[] PROVIDER_NAMES = {"HARBORVIEW ONCOLOGY ASSOCIATES", "LAKESIDE HEMATOLOGY GROUP",
            "NORTH RIVER CANCER CARE", "BAYSTATE INFUSION PARTNERS", "WESTGATE ONCOLOGY CLINIC"};
    private static final String[] LAST = {"ALVAREZ", "BRENNAN", "CHEN", "DUBOIS", "EZE", "FARRELL", "GARCIA",
            "HUGHES", "INGRAM", "JOHANSSON", "KOWALSKI", "LIU", "MORALES", "NAKAMURA", "OKAFOR", "PARK", "QUINN",
            "ROSSI", "SATO", "TANAKA"};
    private static final String[] FIRST = {"ROSA", "THOMAS", "WEI", "MARC", "NKEM", "JOAN", "LUIS", "AMIRA",
            "PAUL", "ERIK", "ANNA", "MEI", "DIEGO", "KEN", "SUJIN", "LILY", "OMAR", "INES", "YUKI", "SAM"};
    private static final String[] STREETS = {"LANTERN WAY", "ORCHARD BEND", "CRANBERRY HILL", "HARBOR ST",
            "ELM ROW", "MILL POND RD", "BEACON TER"};
    private static final String[][] TOWNS = {{"QUINCY", "02169"}, {"NEWTON", "02458"}, {"LEXINGTON", "02421"},
            {"SALEM", "01970"}, {"WORCESTER", "01608"}, {"LOWELL", "01852"}};
    private static final String[] DIAGNOSES = {"C50911", "C3490", "C8330", "C189", "C61", "C250"};

    private final Path authorizations;
    private final Path providers;
    private final Writer authorizationsOut;
    private final LocalDate asOf;
    private final SplittableRandom random;
    private final List<String> billingNpis;
    private final List<String> renderingNpis;
    private int interchangeControl = 900_000_000;

    /**
     * @param directory where {@code authorizations.csv} and {@code providers.csv} are written
     * @param asOf      the adjudication date the files are meant for: every date of service lies
     *                  in its year, before it and within timely filing
     */
    public Synthetic837Generator(Path directory, LocalDate asOf, long seed) throws IOException {
        Files.createDirectories(directory);
        this.authorizations = directory.resolve("authorizations.csv");
        this.providers = directory.resolve("providers.csv");
        this.asOf = asOf;
        this.random = new SplittableRandom(seed);
        this.billingNpis = List.of(npi(191000001), npi(191000002), npi(191000003), npi(191000004), npi(191000005));
        this.renderingNpis = List.of(npi(191000101), npi(191000102), npi(191000103));
        try (Writer out = Files.newBufferedWriter(providers, StandardCharsets.UTF_8)) {
            out.write("npi,name,in_network\n");
            for (int i = 0; i < billingNpis.size(); i++) {
                out.write(billingNpis.get(i) + "," + PROVIDER_NAMES[i] + ",Y\n");
            }
            for (int i = 0; i < renderingNpis.size(); i++) {
                out.write(renderingNpis.get(i) + ",RENDERING PHYSICIAN " + (i + 1) + " MD,Y\n");
            }
        }
        this.authorizationsOut = Files.newBufferedWriter(authorizations, StandardCharsets.UTF_8);
        authorizationsOut.write("authorization_number,member_id,provider_npi,regimen_id,pathway,valid_from,valid_to\n");
    }

    public Path authorizations() {
        return authorizations;
    }

    public Path providers() {
        return providers;
    }

    /** What one generated file holds. */
    public record SyntheticFile(Path path, long bytes, long segments, int claims, int serviceLines,
            int subscribers, int programClaims, int forwardedClaims) {
    }

    /**
     * Writes an 837P of exactly {@code claims} claims.
     *
     * @param prefix distinguishes this file's members, authorizations and claims from those of
     *               other files of the same generator (letters and digits, a few characters)
     */
    public SyntheticFile write(Path file, int claims, String prefix) throws IOException {
        if (claims < 1) {
            throw new IllegalArgumentException("claims must be at least 1, was " + claims);
        }
        try (Writer out = new BufferedWriter(
                new OutputStreamWriter(Files.newOutputStream(file), StandardCharsets.US_ASCII), 1 << 16)) {
            FileWriter writer = new FileWriter(out, prefix);
            writer.interchange(claims);
            return new SyntheticFile(file, writer.bytes, writer.segments, writer.claims, writer.serviceLines,
                    writer.subscribers, writer.programClaims, writer.forwardedClaims);
        }
    }

    @Override
    public void close() throws IOException {
        authorizationsOut.close();
    }

    /** The state of writing one file. */
    private final class FileWriter {
        private final Writer out;
        private final String prefix;
        private final String date = asOf.format(D8);
        private long bytes;
        private long segments;
        private int inTransaction;
        private int claims;
        private int serviceLines;
        private int subscribers;
        private int programClaims;
        private int forwardedClaims;
        private int members;

        FileWriter(Writer out, String prefix) {
            this.out = out;
            this.prefix = prefix;
        }

        void interchange(int claimCount) throws IOException {
            String control = String.format("%09d", ++interchangeControl);
            String isa = "ISA*00*          *00*          *ZZ*" + pad(SENDER, 15) + "*ZZ*" + pad(RECEIVER, 15) + "*"
                    + asOf.format(DateTimeFormatter.ofPattern("yyMMdd")) + "*0915*^*00501*" + control + "*0*T*:~";
            if (isa.length() != 106) {
                throw new IllegalStateException("ISA is " + isa.length() + " characters, not 106");
            }
            raw(isa + "\n");
            String group = String.valueOf(interchangeControl % 1_000_000);
            segment("GS*HC*" + SENDER + "*" + RECEIVER + "*" + date + "*0915*" + group + "*X*005010X222A1");
            int providerCount = Math.min(billingNpis.size(), claimCount);
            int written = 0;
            for (int p = 0; p < providerCount; p++) {
                int share = claimCount / providerCount + (p < claimCount % providerCount ? 1 : 0);
                transaction(p, String.format("%04d", p + 1), share);
                written += share;
            }
            if (written != claimCount) {
                throw new IllegalStateException("wrote " + written + " claims, not " + claimCount);
            }
            segment("GE*" + providerCount + "*" + group);
            segment("IEA*1*" + control);
        }

        private void transaction(int provider, String control, int claimCount) throws IOException {
            inTransaction = 0;
            segment("ST*837*" + control + "*005010X222A1");
            segment("BHT*0019*00*" + prefix + control + "*" + date + "*0915*CH");
            segment("NM1*41*2*NORTHSHORE CLAIMS EXCHANGE*****46*" + SENDER);
            segment("PER*IC*EDI SUPPORT DESK*TE*6175550100");
            segment("NM1*40*2*" + PAYER_NAME + "*****46*" + PAYER_ID);
            segment("HL*1**20*1");
            segment("NM1*85*2*" + PROVIDER_NAMES[provider] + "*****XX*" + billingNpis.get(provider));
            segment("N3*" + (100 + provider) + " WHARF TERRACE");
            segment("N4*BOSTON*MA*021100104");
            segment("REF*EI*99000010" + provider);
            int hl = 1;
            int left = claimCount;
            while (left > 0) {
                int forSubscriber = Math.min(left, 1 + random.nextInt(5));
                hl = subscriber(provider, hl, forSubscriber);
                left -= forSubscriber;
            }
            segment("SE*" + (inTransaction + 1) + "*" + control);
        }

        /** One 2000B (and maybe 2000C) loop with its claims; returns the last HL number used. */
        private int subscriber(int provider, int hl, int claimCount) throws IOException {
            subscribers++;
            String member = prefix + String.format("M%07d", ++members);
            String last = LAST[random.nextInt(LAST.length)];
            String first = FIRST[random.nextInt(FIRST.length)];
            String street = (1 + random.nextInt(199)) + " " + STREETS[random.nextInt(STREETS.length)];
            String[] town = TOWNS[random.nextInt(TOWNS.length)];
            boolean dependent = random.nextInt(100) < 5;
            int subscriberHl = hl + 1;
            segment("HL*" + subscriberHl + "*1*22*" + (dependent ? "1" : "0"));
            segment(dependent ? "SBR*P**QCP2026******CI" : "SBR*P*18*QCP2026******CI");
            segment("NM1*IL*1*" + last + "*" + first + "****MI*" + member);
            if (!dependent) {
                segment("N3*" + street);
                segment("N4*" + town[0] + "*MA*" + town[1]);
                segment("DMG*D8*" + birthDate(1940, 40) + "*" + (random.nextBoolean() ? "F" : "M"));
            }
            segment("NM1*PR*2*" + PAYER_NAME + "*****PI*" + PAYER_ID);
            int lastHl = subscriberHl;
            if (dependent) {
                lastHl = subscriberHl + 1;
                segment("HL*" + lastHl + "*" + subscriberHl + "*23*0");
                segment("PAT*19");
                segment("NM1*QC*1*" + last + "*" + FIRST[random.nextInt(FIRST.length)]);
                segment("N3*" + street);
                segment("N4*" + town[0] + "*MA*" + town[1]);
                segment("DMG*D8*" + birthDate(2005, 15) + "*" + (random.nextBoolean() ? "F" : "M"));
            }
            String authorization = prefix + String.format("A%07d", members);
            boolean pathway = random.nextInt(100) >= 3;
            authorizationsOut.write(authorization + "," + member + "," + billingNpis.get(provider) + ",BR-ADJ-TC4,"
                    + (pathway ? "Y" : "N") + "," + asOf.withDayOfYear(1) + "," + asOf.withMonth(12).withDayOfMonth(31)
                    + "\n");
            PatientSchedule schedule = new PatientSchedule(asOf.withDayOfYear(1).plusDays(1 + random.nextInt(9)));
            for (int c = 1; c <= claimCount; c++) {
                claim(member + "C" + c, authorization, schedule);
            }
            return lastHl;
        }

        private void claim(String claimId, String authorization, PatientSchedule schedule) throws IOException {
            claims++;
            int kind = random.nextInt(100);
            int lineCount = random.nextInt(100) < 55 ? 1 : 2;
            String[] codes = new String[lineCount];
            LocalDate[] dates = new LocalDate[lineCount];
            int[] charges = new int[lineCount];
            if (kind < 10) {
                forwardedClaims++;
                for (int i = 0; i < lineCount; i++) {
                    codes[i] = "99213";
                    dates[i] = schedule.visit();
                    charges[i] = 180;
                }
            } else {
                programClaims++;
                for (int i = 0; i < lineCount; i++) {
                    codes[i] = schedule.nextProgramCode();
                    dates[i] = schedule.nextProgramDate();
                    charges[i] = random.nextInt(100) < 85 ? 300 : (random.nextBoolean() ? 350 : 250);
                }
                if (kind == 10 && lineCount == 2) {
                    codes[1] = "96413";
                    charges[1] = 850;
                }
            }
            int total = 0;
            for (int charge : charges) {
                total += charge;
            }
            segment("CLM*" + claimId + "*" + total + "***11:B:1*Y*A*Y*Y");
            if (kind >= 10 || random.nextBoolean()) {
                segment("REF*G1*" + authorization);
            }
            segment("HI*ABK:" + DIAGNOSES[random.nextInt(DIAGNOSES.length)]);
            if (random.nextInt(100) < 30) {
                String npi = renderingNpis.get(random.nextInt(renderingNpis.size()));
                segment("NM1*82*1*" + LAST[random.nextInt(LAST.length)] + "*" + FIRST[random.nextInt(FIRST.length)]
                        + "****XX*" + npi);
                segment("PRV*PE*PXC*207RX0202X");
            }
            for (int i = 0; i < lineCount; i++) {
                serviceLines++;
                segment("LX*" + (i + 1));
                segment("SV1*HC:" + codes[i] + "*" + charges[i] + "*UN*1***1");
                segment("DTP*472*D8*" + dates[i].format(D8));
                segment("REF*6R*" + claimId + "L" + (i + 1));
            }
        }

        private String birthDate(int fromYear, int years) {
            return LocalDate.of(fromYear + random.nextInt(years), 1 + random.nextInt(12), 1 + random.nextInt(28))
                    .format(D8);
        }

        private void segment(String text) throws IOException {
            inTransaction++;
            raw(text + TERMINATOR);
        }

        /** One whole segment, terminator included. */
        private void raw(String text) throws IOException {
            segments++;
            bytes += text.length();
            out.write(text);
        }
    }

    /**
     * Dates of service for one patient: an S0353 first, then S0354 about 30 days apart (now and
     * then too early, which the frequency rules deny). At most 10 lines, so all stay before the
     * as-of date and under the 11-per-authorization limit.
     */
    private final class PatientSchedule {
        private LocalDate next;
        private boolean initialBilled;

        PatientSchedule(LocalDate first) {
            this.next = first;
        }

        String nextProgramCode() {
            String code = initialBilled ? "S0354" : "S0353";
            initialBilled = true;
            return code;
        }

        LocalDate nextProgramDate() {
            LocalDate date = next;
            next = next.plusDays(random.nextInt(100) < 4 ? 15 : 30 + random.nextInt(3));
            return date;
        }

        LocalDate visit() {
            return next.minusDays(1 + random.nextInt(5));
        }
    }

    private static String pad(String value, int width) {
        return String.format("%-" + width + "s", value);
    }

    /** A 10-digit NPI: the 9 digits given and the Luhn check digit over the 80840 prefix. */
    static String npi(int nineDigits) {
        String payload = "80840" + nineDigits;
        int sum = 0;
        boolean doubled = true;
        for (int i = payload.length() - 1; i >= 0; i--) {
            int digit = payload.charAt(i) - '0';
            if (doubled) {
                digit *= 2;
                if (digit > 9) {
                    digit -= 9;
                }
            }
            sum += digit;
            doubled = !doubled;
        }
        return nineDigits + String.valueOf((10 - sum % 10) % 10);
    }
}
