package org.isnad.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.isnad.extract.Extraction;
import org.isnad.extract.Extractor;
import org.isnad.rdf.RdfMapper;
import org.isnad.read.DocumentReader;
import org.isnad.read.InputProblem;
import org.isnad.serve.IngestServlet;
import org.isnad.store.IsnadStore;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * What the server does with POST /isnad/ingest: the same reading and extraction as 'isnad ingest',
 * the request's documents stored in one write transaction (readers keep their snapshot meanwhile),
 * and a report by line: {"results": [{"line": 1, "outcome": "added", "language": "ar", ...}, {"line": 2,
 * "error": "..."}]}.
 */
final class ServerIngest implements IngestServlet.Ingest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final IsnadStore db;
    private final DocumentReader reader;
    private final Extractor extractor;

    ServerIngest(IsnadStore db, DocumentReader reader, Extractor extractor) {
        this.db = db;
        this.reader = reader;
        this.extractor = extractor;
    }

    /** One request at a time: the store takes one writer anyway, and this keeps the heap to one batch. */
    @Override
    public synchronized IngestServlet.Report ingest(Path jsonLines) {
        ObjectNode report = JSON.createObjectNode();
        ArrayNode results = report.putArray("results");
        List<IsnadStore.DocumentGraph> graphs = new ArrayList<>();
        List<ObjectNode> stored = new ArrayList<>();
        boolean[] failed = {false};
        reader.readFile(jsonLines, doc -> {
            ObjectNode r = results.addObject().put("line", line(doc.origin()));
            try {
                Extraction x = extractor.extract(doc);
                // The input hash too, so that a later 'isnad ingest' of the same input skips it without extracting.
                graphs.add(new IsnadStore.DocumentGraph(RdfMapper.documentIri(doc), RdfMapper.toModel(x), extractor.inputHash(doc)));
                r.put("language", x.language()).put("entities", x.entities().stream().filter(e -> !e.mentions().isEmpty()).count())
                        .put("meetings", x.meetings().size()).put("claims", x.claims().size());
                stored.add(r);
            } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
                r.put("error", "extraction failed: " + e);
                failed[0] = true;
            }
        }, problem -> {
            results.addObject().put("line", line(problem.origin())).put("error", message(problem));
            failed[0] = true;
        });
        List<IsnadStore.Outcome> outcomes = db.store(graphs);
        for (int i = 0; i < outcomes.size(); i++) {
            stored.get(i).put("outcome", outcomes.get(i).name().toLowerCase(java.util.Locale.ROOT));
        }
        return new IngestServlet.Report(!failed[0], report.toString());
    }

    /** "…/isnad-ingest123.jsonl:4" → 4; 0 for a problem with the whole request. */
    private static int line(String origin) {
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
