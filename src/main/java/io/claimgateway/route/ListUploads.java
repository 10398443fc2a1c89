package io.claimgateway.route;

import io.claimgateway.gateway.FileLifecycle;
import io.claimgateway.gateway.LogSafe;
import io.claimgateway.store.FileJournal;
import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;

/**
 * Stage "deliver the outputs" of an SFTP partner route, before the uploads: which published files
 * the partner collects, in upload order, and where {@link RemoteInputMover} then moves the input
 * on the server (with the journal entry it closes once the move is done).
 */
final class ListUploads implements Processor {

    /** The outputs a partner collects, in upload order; the claims JSON stays local. */
    private static final List<String> UPLOADED_SUFFIXES = List.of(".835", ".277", ".999", ".ta1", ".error.txt",
            ".duplicate.txt");

    @Override
    public void process(Exchange exchange) {
        FileLifecycle.Known journalled = FileExchange.journalled(exchange);
        FileJournal.Entry entry = journalled.entry();
        String destination = entry.inputDestination().map(Path::toString).orElseThrow(() -> new IllegalStateException(
                "No destination on the server for " + LogSafe.text(entry.fileName())));
        exchange.getIn().setHeader(TakePartnerFile.OUTCOME, entry.outcome());
        exchange.getIn().setHeader(TakePartnerFile.REMOTE_DESTINATION, destination);
        exchange.getIn().setHeader(TakePartnerFile.SAFE_REMOTE_DESTINATION, LogSafe.text(destination));
        exchange.getIn().setHeader(TakePartnerFile.REDELIVERED, journalled.resumed());
        exchange.getIn().setHeader(TakePartnerFile.JOURNAL_ENTRY, entry.id());
        exchange.getIn().setHeader(TakePartnerFile.UPLOADS,
                uploads(entry.outputs().stream().map(FileJournal.Output::target).toList()));
    }

    /**
     * The outputs a partner collects, of this delivery only: the 835 (absent when every claim was
     * forwarded), the 277CA and 999, the error report with its TA1 or 999, the duplicate report.
     */
    private static List<File> uploads(List<Path> outputs) {
        List<File> files = new ArrayList<>();
        for (String suffix : UPLOADED_SUFFIXES) {
            outputs.stream().filter(p -> p.getFileName().toString().endsWith(suffix)).sorted().map(Path::toFile)
                    .forEach(files::add);
        }
        return files;
    }
}
