package org.isnad.serve.page;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.isnad.rdf.RdfMapper;
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
        String doc = RdfMapper.spanDocument(iri);
        String anchor = null;
        var a = dsg.find(Node.ANY, s, Vocab.anchorOf.asNode(), Node.ANY);
        if (a.hasNext()) {
            anchor = a.next().getObject().getLiteralLexicalForm();
        } else if (doc != null) {
            // An evidence sentence's text is not stored twice: it is the document's, between the offsets.
            var t = dsg.find(Node.ANY, NodeFactory.createURI(doc), Vocab.text.asNode(), Node.ANY);
            if (t.hasNext()) {
                anchor = substring(t.next().getObject().getLiteralLexicalForm(), b, e);
            }
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
        return RdfMapper.cut(text, beginCp, endCp);
    }
}
