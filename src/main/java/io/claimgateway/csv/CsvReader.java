package io.claimgateway.csv;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the small reference CSV files (RFC 4180: comma separated, fields may be quoted with
 * {@code "}, a doubled quote inside quotes is a quote). Blank lines are skipped; with comments
 * allowed, so are lines starting with {@code #}. Quoted fields may not span lines.
 */
public final class CsvReader {

    /** One data row with its 1-based line number in the file, for error messages. */
    public record Row(int lineNumber, List<String> fields) {
        public Row {
            fields = List.copyOf(fields);
        }
    }

    private CsvReader() {
    }

    public static List<Row> read(Reader source, boolean commentsAllowed) {
        List<Row> rows = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(source)) {
            String text;
            int lineNumber = 0;
            while ((text = reader.readLine()) != null) {
                lineNumber++;
                if (lineNumber == 1 && text.startsWith("\uFEFF")) {
                    text = text.substring(1);
                }
                if (text.isBlank() || commentsAllowed && text.startsWith("#")) {
                    continue;
                }
                rows.add(new Row(lineNumber, split(text, lineNumber)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }

    private static List<String> split(String text, int lineNumber) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"' && field.isEmpty()) {
                quoted = true;
            } else if (c == ',') {
                fields.add(field.toString().trim());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        if (quoted) {
            throw new IllegalArgumentException("line " + lineNumber + ": unterminated quoted field");
        }
        fields.add(field.toString().trim());
        return fields;
    }
}
