package org.isnad.serve.page;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.isnad.rdf.Vocab;

/**
 * A span of a document's text (a NIF string): offsets in code points, end exclusive.
 *
 * @param owner the entity, claim or event the span belongs to, when known
 */
record Span(String iri, String document, int begin, int end, String anchor, String owner) {

    /** The span an IRI names, read from the store; null when it is not one. */
    static Span read(DatasetGraph dsg, String iri, String owner) {
        Node s = NodeFactory.createURI(iri);
        Integer b = integer(dsg, s, Vocab.beginIndex.asNode());
        Integer e = integer(dsg, s, Vocab.endIndex.asNode());
        if (b == null || e == null) {
            return null;
        }
        String doc = null;
        String anchor = null;
        var d = dsg.find(Node.ANY, s, Vocab.document.asNode(), Node.ANY);
        if (d.hasNext()) {
            doc = d.next().getObject().getURI();
        }
        var a = dsg.find(Node.ANY, s, Vocab.anchorOf.asNode(), Node.ANY);
        if (a.hasNext()) {
            anchor = a.next().getObject().getLiteralLexicalForm();
        }
        return new Span(iri, doc, b, e, anchor, owner);
    }

    private static Integer integer(DatasetGraph dsg, Node s, Node p) {
        var it = dsg.find(Node.ANY, s, p, Node.ANY);
        if (!it.hasNext()) {
            return null;
        }
        try {
            return Integer.parseInt(it.next().getObject().getLiteralLexicalForm());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    boolean contains(Span other) {
        return begin <= other.begin && other.end <= end;
    }

    /** This span's text in a document's text (offsets are code points, Java strings count UTF-16 units). */
    String in(String text) {
        return substring(text, begin, end);
    }

    static String substring(String text, int beginCp, int endCp) {
        int n = text.codePointCount(0, text.length());
        int b = Math.max(0, Math.min(beginCp, n));
        int e = Math.max(b, Math.min(endCp, n));
        return text.substring(text.offsetByCodePoints(0, b), text.offsetByCodePoints(0, e));
    }
}
