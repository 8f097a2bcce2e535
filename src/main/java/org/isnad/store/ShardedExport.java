package org.isnad.store;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.isnad.rdf.Vocab;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;

/**
 * The store as N-Quads files of at most N quads each, for bulk loaders that take many files at once
 * (tdb2.xloader, QLever, Neptune's loader, RDF4J's and GraphDB's importers). Written from one read
 * transaction, streamed: a store of any size splits in little memory.
 */
public final class ShardedExport {
    /** One file written: its name in the folder, how many quads, its size and SHA-256. */
    public record Shard(String file, long quads, long bytes, String sha256) {
    }

    private ShardedExport() {
    }

    /** Writes {@code graphIri}'s quads (all graphs when null, the push ledger left out) into {@code dir}. */
    public static List<Shard> write(IsnadStore store, String graphIri, Path dir, long quadsPerShard) {
        if (quadsPerShard < 1) {
            throw new IllegalArgumentException("a shard holds at least one quad");
        }
        return Txn.calculateRead(store.dataset(), () -> {
            DatasetGraph dsg = store.dataset().asDatasetGraph();
            Node ledger = NodeFactory.createURI(Vocab.PUSH_GRAPH);
            Node graph = graphIri == null ? Node.ANY : NodeFactory.createURI(graphIri);
            Iterator<Quad> quads = dsg.find(graph, Node.ANY, Node.ANY, Node.ANY);
            List<Shard> shards = new ArrayList<>();
            Quad next = advance(quads, ledger);
            while (next != null) {
                String name = String.format("part-%05d.nq", shards.size() + 1);
                try (Writer w = new Writer(dir.resolve(name))) {
                    long n = 0;
                    while (next != null && n < quadsPerShard) {
                        w.stream.quad(next);
                        n++;
                        next = advance(quads, ledger);
                    }
                    shards.add(w.finish(name, n));
                } catch (IOException e) {
                    throw new UncheckedIOException("writing " + dir.resolve(name) + ": " + e.getMessage(), e);
                }
            }
            return shards;
        });
    }

    private static Quad advance(Iterator<Quad> quads, Node ledger) {
        while (quads.hasNext()) {
            Quad q = quads.next();
            if (!q.getGraph().equals(ledger)) {
                return q;
            }
        }
        return null;
    }

    /** One shard's file, counted and hashed as it is written. */
    private static final class Writer implements AutoCloseable {
        final MessageDigest sha = sha256();
        final Counting counting;
        final DigestOutputStream out;
        final StreamRDF stream;

        Writer(Path file) throws IOException {
            counting = new Counting(new BufferedOutputStream(Files.newOutputStream(file), 1 << 16));
            out = new DigestOutputStream(counting, sha);
            stream = StreamRDFWriter.getWriterStream(out, RDFFormat.NQUADS);
            stream.start();
        }

        Shard finish(String name, long quads) throws IOException {
            stream.finish();
            out.flush();
            return new Shard(name, quads, counting.bytes, HexFormat.of().formatHex(sha.digest()));
        }

        @Override
        public void close() throws IOException {
            out.close();
        }

        private static MessageDigest sha256() {
            try {
                return MessageDigest.getInstance("SHA-256");
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    private static final class Counting extends java.io.FilterOutputStream {
        long bytes;

        Counting(OutputStream out) {
            super(out);
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
            bytes++;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
            bytes += len;
        }
    }
}
