package org.isnad.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.isnad.extract.Extraction;
import org.isnad.extract.Extractor;
import org.isnad.merge.CrossDocument;
import org.isnad.rdf.RdfMapper;
import org.isnad.read.DocumentReader;
import org.isnad.read.InputProblem;
import org.isnad.serve.IngestServlet;
import org.isnad.store.IsnadStore;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * How the server stores documents, for POST /isnad/ingest and for 'serve --watch': the same reading,
 * extraction and cross-document merging as 'isnad ingest', each batch in one write transaction (readers
 * keep their snapshot meanwhile). The endpoint answers with a report by line: {"results": [{"line": 1,
 * "outcome": "added", "language": "ar", ...}, {"line": 2, "error": "..."}]}.
 */
final class ServerIngest implements IngestServlet.Ingest {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** One document's fate: stored ({@code outcome} added, replaced or unchanged) or not ({@code error}). */
    record Result(String origin, String outcome, String language, long entities, long meetings, long claims, String error) {
        static Result failed(String origin, String error) {
            return new Result(origin, null, null, 0, 0, 0, error);
        }
    }

    private final IsnadStore db;
    private final DocumentReader reader;
    private final Extractor extractor;
    /** Holds state only within one write transaction, and this class runs one at a time. */
    private final CrossDocument merging = CrossDocument.standard();

    ServerIngest(IsnadStore db, DocumentReader reader, Extractor extractor) {
        this.db = db;
        this.reader = reader;
        this.extractor = extractor;
    }

    /** One request, one write transaction: a client that sees an error knows nothing of that request was stored. */
    @Override
    public IngestServlet.Report ingest(Path jsonLines) {
        List<Result> results = store(jsonLines, Integer.MAX_VALUE);
        ObjectNode report = JSON.createObjectNode();
        ArrayNode lines = report.putArray("results");
        boolean allStored = true;
        for (Result r : results) {
            ObjectNode n = lines.addObject().put("line", line(r.origin()));
            if (r.error() != null) {
                n.put("error", r.error());
                allStored = false;
            } else {
                n.put("language", r.language()).put("entities", r.entities()).put("meetings", r.meetings())
                        .put("claims", r.claims()).put("outcome", r.outcome());
            }
        }
        return new IngestServlet.Report(allStored, report.toString());
    }

    /**
     * Reads, extracts and stores the documents of one file, {@code batch} documents per write transaction.
     * One file at a time: the store takes one writer anyway, and this keeps the heap to one batch.
     */
    synchronized List<Result> store(Path file, int batch) {
        List<Result> results = new ArrayList<>();
        List<Extraction> pending = new ArrayList<>();
        reader.readFile(file, doc -> {
            try {
                pending.add(extractor.extract(doc));
            } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
                results.add(Result.failed(doc.origin(), "extraction failed: " + e));
            }
            if (pending.size() >= batch) {
                flush(pending, results);
            }
        }, problem -> results.add(Result.failed(problem.origin(), message(problem))));
        flush(pending, results);
        results.sort(java.util.Comparator.comparingInt(r -> line(r.origin())));
        return results;
    }

    private void flush(List<Extraction> pending, List<Result> results) {
        if (pending.isEmpty()) {
            return;
        }
        List<IsnadStore.DocumentGraph> graphs = pending.stream()
                // The input hash too, so that a later 'isnad ingest' of the same input skips it without extracting.
                .map(x -> new IsnadStore.DocumentGraph(RdfMapper.documentIri(x.document()), RdfMapper.toModel(x),
                        extractor.inputHash(x.document()))).toList();
        List<IsnadStore.Outcome> outcomes = db.store(graphs, merging);
        for (int i = 0; i < pending.size(); i++) {
            Extraction x = pending.get(i);
            results.add(new Result(x.document().origin(), outcomes.get(i).name().toLowerCase(Locale.ROOT), x.language(),
                    x.entities().stream().filter(e -> !e.mentions().isEmpty()).count(), x.meetings().size(),
                    x.claims().size(), null));
        }
        pending.clear();
    }

    /** "…/isnad-ingest123.jsonl:4" → 4; 0 for a problem with the whole file. */
    static int line(String origin) {
        int colon = origin.lastIndexOf(':');
        try {
            return colon < 0 ? 0 : Integer.parseInt(origin.substring(colon + 1));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static String message(InputProblem p) {
        String m = p.getMessage();
        return m.startsWith(p.origin() + ": ") ? m.substring(p.origin().length() + 2) : m;
    }
}
