package io.claimgateway.store;

import io.claimgateway.adjudicate.Authorization;
import io.claimgateway.adjudicate.Provider;
import io.claimgateway.support.CsvReader;
import java.io.Reader;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Loads the authorizations and providers CSV files of RULES.md into the store. A file is
 * checked whole first: any bad row rejects it (naming the line and the reason) and the table
 * keeps its contents; a good file replaces the table's contents in one transaction.
 */
public final class ReferenceDataLoader {

    static final List<String> AUTHORIZATION_COLUMNS = List.of(
            "authorization_number", "member_id", "provider_npi", "regimen_id", "pathway", "valid_from", "valid_to");
    static final List<String> PROVIDER_COLUMNS = List.of("npi", "name", "in_network");

    private final GatewayDatabase database;

    public ReferenceDataLoader(GatewayDatabase database) {
        this.database = database;
    }

    /** @return the number of authorizations now in the store */
    public int loadAuthorizations(String fileName, Reader csv) {
        List<Authorization> authorizations = parse(fileName, csv, AUTHORIZATION_COLUMNS, Authorization::authorizationNumber,
                row -> new Authorization(
                        row.required("authorization_number", 50),
                        row.required("member_id", 80),
                        row.npi("provider_npi"),
                        row.optional("regimen_id", 50),
                        row.yesNo("pathway"),
                        row.date("valid_from"),
                        row.date("valid_to")),
                a -> a.validFrom().isAfter(a.validTo()) ? "valid_from is after valid_to" : null);
        String insert = "INSERT INTO prior_authorization (authorization_number, member_id, provider_npi, regimen_id,"
                + " pathway, valid_from, valid_to) VALUES (?, ?, ?, ?, ?, ?, ?)";
        return database.inTransaction(connection -> {
            replace(connection, "prior_authorization");
            try (PreparedStatement statement = connection.prepareStatement(insert)) {
                for (Authorization a : authorizations) {
                    statement.setString(1, a.authorizationNumber());
                    statement.setString(2, a.memberId());
                    statement.setString(3, a.providerNpi());
                    statement.setString(4, a.regimenId());
                    statement.setBoolean(5, a.pathway());
                    statement.setObject(6, a.validFrom());
                    statement.setObject(7, a.validTo());
                    statement.addBatch();
                }
                statement.executeBatch();
            }
            return authorizations.size();
        });
    }

    /** @return the number of providers now in the store */
    public int loadProviders(String fileName, Reader csv) {
        List<Provider> providers = parse(fileName, csv, PROVIDER_COLUMNS, Provider::npi,
                row -> new Provider(row.npi("npi"), row.required("name", 200), row.yesNo("in_network")),
                p -> null);
        return database.inTransaction(connection -> {
            replace(connection, "provider");
            try (PreparedStatement statement = connection.prepareStatement(
                    "INSERT INTO provider (npi, name, in_network) VALUES (?, ?, ?)")) {
                for (Provider p : providers) {
                    statement.setString(1, p.npi());
                    statement.setString(2, p.name());
                    statement.setBoolean(3, p.inNetwork());
                    statement.addBatch();
                }
                statement.executeBatch();
            }
            return providers.size();
        });
    }

    private static void replace(Connection connection, String table) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.executeUpdate("DELETE FROM " + table);
        }
    }

    /** One CSV row read by column name; each accessor throws with the reason a value is bad. */
    private record Row(Map<String, String> values) {

        String optional(String column, int maxLength) {
            String value = values.get(column);
            if (value.length() > maxLength) {
                throw new IllegalArgumentException(column + " is longer than " + maxLength + " characters");
            }
            return value;
        }

        String required(String column, int maxLength) {
            String value = optional(column, maxLength);
            if (value.isEmpty()) {
                throw new IllegalArgumentException(column + " is empty");
            }
            return value;
        }

        String npi(String column) {
            String value = values.get(column);
            if (!value.matches("\\d{10}")) {
                throw new IllegalArgumentException(column + " must be 10 digits, was '" + value + "'");
            }
            return value;
        }

        boolean yesNo(String column) {
            return switch (values.get(column)) {
                case "Y" -> true;
                case "N" -> false;
                default -> throw new IllegalArgumentException(column + " must be Y or N, was '" + values.get(column) + "'");
            };
        }

        LocalDate date(String column) {
            try {
                return LocalDate.parse(values.get(column));
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException(column + " must be a date YYYY-MM-DD, was '" + values.get(column) + "'");
            }
        }
    }

    private static <T> List<T> parse(String fileName, Reader csv, List<String> columns, Function<T, String> key,
            Function<Row, T> mapper, Function<T, String> check) {
        List<CsvReader.Row> rows;
        try {
            rows = CsvReader.read(csv, false);
        } catch (IllegalArgumentException e) {
            throw new ReferenceDataException(fileName, List.of(e.getMessage()));
        }
        if (rows.isEmpty()) {
            throw new ReferenceDataException(fileName, List.of("no header row " + String.join(",", columns)));
        }
        List<String> header = rows.get(0).fields();
        if (!Set.copyOf(header).equals(Set.copyOf(columns)) || header.size() != columns.size()) {
            throw new ReferenceDataException(fileName, List.of("line " + rows.get(0).lineNumber()
                    + ": header must name the columns " + String.join(",", columns) + ", was " + String.join(",", header)));
        }
        List<T> records = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        Set<String> keys = new HashSet<>();
        for (CsvReader.Row row : rows.subList(1, rows.size())) {
            String where = "line " + row.lineNumber() + ": ";
            if (row.fields().size() != header.size()) {
                problems.add(where + "expected " + header.size() + " fields, found " + row.fields().size());
                continue;
            }
            Map<String, String> values = new HashMap<>();
            for (int i = 0; i < header.size(); i++) {
                values.put(header.get(i), row.fields().get(i));
            }
            try {
                T record = mapper.apply(new Row(values));
                String problem = check.apply(record);
                if (problem != null) {
                    problems.add(where + problem);
                } else if (!keys.add(key.apply(record))) {
                    problems.add(where + "duplicate " + columns.get(0) + " " + key.apply(record));
                } else {
                    records.add(record);
                }
            } catch (IllegalArgumentException e) {
                problems.add(where + e.getMessage());
            }
        }
        if (!problems.isEmpty()) {
            throw new ReferenceDataException(fileName, problems);
        }
        return records;
    }
}
