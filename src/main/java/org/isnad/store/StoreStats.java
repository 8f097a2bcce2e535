package org.isnad.store;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.stream.Stream;

/**
 * What a store holds, counted in one read transaction (so the figures agree with each other while
 * ingest goes on), and what it takes on disk.
 *
 * @param bytes      the store's files, or -1 when unknown (counted through a server)
 * @param lastChange when the store's files were last written (the last commit), or null when empty
 */
public record StoreStats(long documents, long entities, long events, long claims, long quads, long bytes,
                         Instant lastChange) {
    /** The counts, as one SPARQL query over the union graph (public for the server's stats). */
    public static final String COUNTS = """
            PREFIX isnad: <https://w3id.org/isnad/ns#>
            SELECT
              (COUNT(DISTINCT ?doc) AS ?documents) (COUNT(DISTINCT ?entity) AS ?entities)
              (COUNT(DISTINCT ?event) AS ?events) (COUNT(DISTINCT ?claim) AS ?claims)
            WHERE {
              { ?doc a isnad:Document }
              UNION { VALUES ?type { isnad:Person isnad:Organization isnad:State isnad:Place isnad:AnonymousSource }
                      ?entity a ?type }
              UNION { ?event isnad:status ?status }
              UNION { ?claim a isnad:Claim }
            }""";

    static StoreStats of(Path location, Dataset dataset) {
        return Txn.calculateRead(dataset, () -> {
            QuerySolution row;
            try (QueryExecution qe = QueryExecution.dataset(dataset).query(COUNTS)
                    .set(TDB2.symUnionDefaultGraph, true).build()) {
                row = qe.execSelect().next();
            }
            long quads = 0;
            var it = dataset.asDatasetGraph().find();
            while (it.hasNext()) {
                it.next();
                quads++;
            }
            return new StoreStats(n(row, "documents"), n(row, "entities"), n(row, "events"), n(row, "claims"), quads,
                    bytes(location), quads == 0 ? null : lastChange(location));
        });
    }

    private static long n(QuerySolution row, String var) {
        return row.getLiteral(var).getLong();
    }

    /** Bytes of the store's files as the file system lists them (TDB2 files are sparse: disk use is less). */
    static long bytes(Path location) {
        long[] sum = {0};
        try {
            // Compaction may delete an old generation while this walks: a vanished file counts nothing.
            Files.walkFileTree(location, new java.nio.file.SimpleFileVisitor<>() {
                @Override
                public java.nio.file.FileVisitResult visitFile(Path file, java.nio.file.attribute.BasicFileAttributes attrs) {
                    sum[0] += attrs.size();
                    return java.nio.file.FileVisitResult.CONTINUE;
                }

                @Override
                public java.nio.file.FileVisitResult visitFileFailed(Path file, IOException e) {
                    return java.nio.file.FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return sum[0];
    }

    private static Instant lastChange(Path location) {
        try (Stream<Path> files = Files.walk(location)) {
            return files.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().endsWith(".lock"))
                    .map(p -> p.toFile().lastModified()).max(Long::compare).map(Instant::ofEpochMilli).orElse(null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

}
