package io.claimgateway.support;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PushbackReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the small reference and guide CSV files with Jackson's CSV format (RFC 4180: comma
 * separated, fields may be quoted with {@code "}, a doubled quote inside quotes is a quote), row by
 * row with the line each row starts on: the tables check their own header and field counts and
 * name the line of a bad row. Blank lines are skipped; with comments allowed, so are lines starting
 * with {@code #}. Fields are trimmed. A row is one line: a quoted field may not span lines.
 */
public final class CsvReader {

    /** One data row with its 1-based line number in the file, for error messages. */
    public record Row(int lineNumber, List<String> fields) {
        public Row {
            fields = List.copyOf(fields);
        }
    }

    // Schema-less: each row comes as an array of strings, whatever its number of fields.
    private static final CsvMapper MAPPER = CsvMapper.builder()
            .enable(CsvParser.Feature.SKIP_EMPTY_LINES)
            .enable(CsvParser.Feature.TRIM_SPACES)
            .build();

    private CsvReader() {
    }

    /**
     * Reads every row and closes the source.
     *
     * @throws IllegalArgumentException for a row that is not CSV, naming its line
     */
    public static List<Row> read(Reader source, boolean commentsAllowed) {
        CsvSchema schema = commentsAllowed ? CsvSchema.emptySchema().withComments()
                : CsvSchema.emptySchema().withoutComments();
        List<Row> rows = new ArrayList<>();
        try (CsvParser parser = (CsvParser) MAPPER.getFactory().createParser(withoutByteOrderMark(source))) {
            parser.setSchema(schema);
            List<String> fields = new ArrayList<>();
            int lineNumber = 0;
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                if (token == JsonToken.START_ARRAY) {
                    fields.clear();
                    lineNumber = 0;
                } else if (token == JsonToken.VALUE_STRING) {
                    if (lineNumber == 0) {
                        lineNumber = parser.currentTokenLocation().getLineNr();
                    }
                    fields.add(oneLine(parser.getText(), lineNumber).trim());
                } else if (token == JsonToken.END_ARRAY) {
                    rows.add(new Row(lineNumber, fields));
                }
            }
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("line " + e.getLocation().getLineNr() + ": " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }

    /**
     * Reads a table shipped in the jar ({@code #} comment lines allowed).
     *
     * @param resource an absolute class path name, e.g. {@code /mappings/837.element-checks.csv}
     */
    public static List<Row> readResource(String resource) {
        InputStream in = CsvReader.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException(resource + " is not on the classpath");
        }
        return read(new InputStreamReader(in, StandardCharsets.UTF_8), true);
    }

    // A quote left open would otherwise swallow the following lines into one field.
    private static String oneLine(String field, int lineNumber) {
        if (field.indexOf('\n') >= 0 || field.indexOf('\r') >= 0) {
            throw new IllegalArgumentException("line " + lineNumber + ": unterminated quoted field");
        }
        return field;
    }

    // Files saved by spreadsheet tools may start with one; it is not part of the first header.
    private static Reader withoutByteOrderMark(Reader source) throws IOException {
        PushbackReader reader = new PushbackReader(source, 1);
        int first = reader.read();
        if (first != -1 && first != '\uFEFF') {
            reader.unread(first);
        }
        return reader;
    }
}
