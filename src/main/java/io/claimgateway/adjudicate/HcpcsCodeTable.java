package io.claimgateway.adjudicate;

import io.claimgateway.support.CsvReader;
import java.io.Reader;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reference table of HCPCS codes with the dates they were added and terminated, read from a CSV
 * file {@code code,description,added,terminated} ({@code #} comment lines allowed).
 */
public final class HcpcsCodeTable {

    static final String DEFAULT_RESOURCE = "/reference/hcpcs-codes.csv";
    private static final List<String> HEADER = List.of("code", "description", "added", "terminated");

    /** One code; {@code terminated} is the last date of service the code may be billed for. */
    record HcpcsCode(String code, String description, LocalDate added, Optional<LocalDate> terminated) {

        boolean isValidOn(LocalDate dateOfService) {
            return !dateOfService.isBefore(added)
                    && terminated.map(last -> !dateOfService.isAfter(last)).orElse(true);
        }
    }

    private final Map<String, HcpcsCode> codes;

    HcpcsCodeTable(List<HcpcsCode> codes) {
        Map<String, HcpcsCode> byCode = new LinkedHashMap<>();
        for (HcpcsCode code : codes) {
            if (byCode.put(code.code(), code) != null) {
                throw new IllegalArgumentException("Duplicate HCPCS code " + code.code());
            }
        }
        this.codes = Map.copyOf(byCode);
    }

    public static HcpcsCodeTable defaults() {
        return parse(CsvReader.readResource(DEFAULT_RESOURCE));
    }

    /** Reads the CSV (closing the reader); rejects the file naming every bad line. */
    public static HcpcsCodeTable load(Reader csv) {
        return parse(CsvReader.read(csv, true));
    }

    private static HcpcsCodeTable parse(List<CsvReader.Row> rows) {
        if (rows.isEmpty() || !rows.get(0).fields().equals(HEADER)) {
            throw new IllegalArgumentException("HCPCS code table must start with the header " + String.join(",", HEADER));
        }
        List<HcpcsCode> codes = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (CsvReader.Row row : rows.subList(1, rows.size())) {
            List<String> f = row.fields();
            if (f.size() != HEADER.size()) {
                problems.add("line " + row.lineNumber() + ": expected " + HEADER.size() + " fields, found " + f.size());
                continue;
            }
            try {
                if (f.get(0).isEmpty()) {
                    throw new IllegalArgumentException("code is empty");
                }
                LocalDate added = LocalDate.parse(f.get(2));
                Optional<LocalDate> terminated = f.get(3).isEmpty() ? Optional.empty() : Optional.of(LocalDate.parse(f.get(3)));
                if (terminated.isPresent() && terminated.get().isBefore(added)) {
                    throw new IllegalArgumentException("terminated before added");
                }
                codes.add(new HcpcsCode(f.get(0), f.get(1), added, terminated));
            } catch (DateTimeParseException e) {
                problems.add("line " + row.lineNumber() + ": dates must be YYYY-MM-DD (" + e.getParsedString() + ")");
            } catch (IllegalArgumentException e) {
                problems.add("line " + row.lineNumber() + ": " + e.getMessage());
            }
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("Invalid HCPCS code table: " + String.join("; ", problems));
        }
        return new HcpcsCodeTable(codes);
    }

    Optional<HcpcsCode> find(String code) {
        return Optional.ofNullable(codes.get(code));
    }

    /** True when the code is in the table and was added on or before, and not terminated before, the date. */
    public boolean isValidOn(String code, LocalDate dateOfService) {
        return find(code).map(c -> c.isValidOn(dateOfService)).orElse(false);
    }
}
