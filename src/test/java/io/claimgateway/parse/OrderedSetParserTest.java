package io.claimgateway.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.claimgateway.model.ClaimSubmission;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Sets parsed side by side still reach the adjudication in file order, and a stop stops them all. */
class OrderedSetParserTest {

    private final ClaimFileReader reader = new ClaimFileReader(ScanPolicy.strict());
    private final ExecutorService executor = Executors.newFixedThreadPool(2);
    private final OrderedSetParser parser = new OrderedSetParser(reader, executor);

    @TempDir
    Path dir;

    @AfterEach
    void stop() throws InterruptedException {
        executor.shutdownNow();
        assertTrue(executor.awaitTermination(30, TimeUnit.SECONDS), "parse threads ended");
    }

    @Test
    void claimsOfSetsParsedSideBySideArriveInFileOrderNumberedOn() throws IOException {
        Path file = Path.of("samples/03-harborview-two-gs.837p.x12");
        List<String> sequential = new ArrayList<>();
        reader.read(file, claim -> sequential.add(claim.sequence() + " " + claim.claim().claimId()));

        List<String> parallel = new ArrayList<>();
        List<String> sets = new ArrayList<>();
        Optional<ClaimFileReader.SetResult.Rejected> refused = parser.parse(file,
                reader.readEnvelopes(file).acceptedSets(), consumer(parallel, sets));

        assertEquals(Optional.empty(), refused);
        assertEquals(sequential, parallel);
        assertEquals(List.of("1031/0001", "1032/0002"), sets);
    }

    @Test
    void aSetTheParserRefusesEndsTheRunAfterTheClaimsBeforeIt() throws IOException {
        String text = Files.readString(Path.of("samples/02-harborview-granite-two-st.837p.x12"));
        int second = text.indexOf("ST*837*0002");
        int lx = text.indexOf("LX*1~", second);
        // A claim of set 0002 loses its LX: the schema cannot place its SV1.
        Path file = Files.writeString(dir.resolve("broken.x12"), text.substring(0, lx)
                + text.substring(lx + "LX*1~\n".length()).replaceFirst("SE\\*(\\d+)\\*0002",
                        "SE*" + (segmentCount(text, second) - 1) + "*0002"));
        List<String> claims = new ArrayList<>();

        Optional<ClaimFileReader.SetResult.Rejected> refused = parser.parse(file,
                reader.readEnvelopes(file).acceptedSets(), consumer(claims, new ArrayList<>()));

        assertEquals("0002", refused.orElseThrow().set().controlNumber());
        assertTrue(claims.size() >= 4 && claims.get(0).startsWith("1 "), claims.toString());
    }

    @Test
    void aConsumerThatFailsStopsEveryParse() throws IOException {
        Path file = Path.of("samples/02-harborview-granite-two-st.837p.x12");
        IOException stop = new IOException("store down");

        IOException thrown = assertThrows(IOException.class, () -> parser.parse(file,
                reader.readEnvelopes(file).acceptedSets(), new OrderedSetParser.Consumer() {
                    @Override
                    public void startSet(ReceivedFile.Located set) {
                    }

                    @Override
                    public void claim(ClaimSubmission claim) throws IOException {
                        throw stop;
                    }
                }));

        assertEquals(stop, thrown);
    }

    private static OrderedSetParser.Consumer consumer(List<String> claims, List<String> sets) {
        return new OrderedSetParser.Consumer() {
            @Override
            public void startSet(ReceivedFile.Located set) {
                sets.add(set.group().controlNumber() + "/" + set.set().controlNumber());
            }

            @Override
            public void claim(ClaimSubmission claim) {
                claims.add(claim.sequence() + " " + claim.claim().claimId());
            }
        };
    }

    private static int segmentCount(String text, int stStart) {
        int seStart = text.indexOf("SE*", stStart);
        return Integer.parseInt(text.substring(seStart + 3, text.indexOf('*', seStart + 3)));
    }
}
