package org.isnad.rdf;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.isnad.extract.Claim;
import org.isnad.extract.Entity;
import org.isnad.extract.EntityType;
import org.isnad.extract.Extraction;
import org.isnad.extract.Event;
import org.isnad.extract.EventCode;
import org.isnad.extract.Meeting;
import org.isnad.extract.Mention;
import org.isnad.read.SourceDocument;
import org.isnad.text.Fold;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The one place where extraction records become RDF. Offsets arrive as Java char offsets and leave as
 * Unicode code points, as NIF requires. IRIs are stable: a linked entity is the same node in every
 * document; everything else is named from its document.
 */
public final class RdfMapper {
    private RdfMapper() {
    }

    public static Model toModel(Extraction x) {
        return new Writer(x).write();
    }

    /** The document's IRI: from its URL when it has one, else from the SHA-256 of its normalised text. */
    public static String documentIri(SourceDocument doc) {
        if (doc.url() != null && !doc.url().isBlank()) {
            return Vocab.ID + "doc/u" + sha256(doc.url().strip()).substring(0, 32);
        }
        return Vocab.ID + "doc/t" + sha256(normalised(doc.text())).substring(0, 32);
    }

    /** The fragment that starts a span's IRI after its document's (RFC 5147). */
    public static final String SPAN = "#char=";

    /** The document a span's IRI belongs to; null when the IRI names no span. */
    public static String spanDocument(String spanIri) {
        int at = spanIri.indexOf(SPAN);
        return at < 0 ? null : spanIri.substring(0, at);
    }

    /** The text between two code-point offsets (as NIF counts them) of a document's text, clamped to it. */
    public static String cut(String text, int beginCp, int endCp) {
        int n = text.codePointCount(0, text.length());
        int b = Math.max(0, Math.min(beginCp, n));
        int e = Math.max(b, Math.min(endCp, n));
        return text.substring(text.offsetByCodePoints(0, b), text.offsetByCodePoints(0, e));
    }

    public static String entityIri(Entity e, String documentIri) {
        if (e.wikidataId() != null) {
            return Vocab.ID + "wd/" + e.wikidataId();
        }
        if (e.anonymous()) {
            return documentIri + "/source/" + e.id();
        }
        String label = e.labelEn() != null ? e.labelEn() : e.labelAr();
        String name = Fold.fold(label == null ? e.id() : label).strip().replaceAll("\\s+", "-");
        return Vocab.ID + e.type().name().toLowerCase(Locale.ROOT) + "/" + URLEncoder.encode(name, StandardCharsets.UTF_8);
    }

    static String normalised(String text) {
        return Normalizer.normalize(text.replace("\r\n", "\n"), Normalizer.Form.NFC).strip();
    }

    public static String sha256(String s) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK always has SHA-256", e);
        }
    }

    /** One document's mapping; holds the node for each extracted id. */
    private static final class Writer {
        private final Extraction x;
        private final Model m = ModelFactory.createDefaultModel();
        private final String text;
        private final String docIri;
        private final Resource doc;
        private final Map<String, Resource> nodes = new HashMap<>();

        Writer(Extraction x) {
            this.x = x;
            this.text = x.document().text();
            this.docIri = documentIri(x.document());
            this.doc = m.createResource(docIri);
            m.setNsPrefix("isnad", Vocab.NS);
            m.setNsPrefix("nif", Vocab.NIF);
            m.setNsPrefix("prov", Vocab.PROV);
            m.setNsPrefix("schema", Vocab.SCHEMA);
            m.setNsPrefix("dcterms", Vocab.DCTERMS);
            m.setNsPrefix("owl", OWL.NS);
            m.setNsPrefix("rdfs", RDFS.uri);
            m.setNsPrefix("wd", Vocab.WIKIDATA);
        }

        Model write() {
            document();
            for (Entity e : x.entities()) {
                nodes.put(e.id(), m.createResource(entityIri(e, docIri)));
            }
            for (Entity e : x.entities()) {
                entity(e);
            }
            for (Meeting mt : x.meetings()) {
                meeting(mt);
            }
            for (Event ev : x.events()) {
                event(ev);
            }
            for (Claim c : x.claims()) {
                claim(c);
            }
            return m;
        }

        private void document() {
            SourceDocument d = x.document();
            doc.addProperty(RDF.type, Vocab.Document)
                    .addProperty(Vocab.text, text)
                    .addProperty(Vocab.sha256, sha256(text))
                    .addProperty(Vocab.language, x.language());
            if (d.title() != null) {
                doc.addProperty(Vocab.title, d.title(), x.language());
            }
            if (d.published() != null) {
                doc.addProperty(Vocab.datePublished, m.createTypedLiteral(d.published().toString(), XSDDatatype.XSDdate));
            }
            if (d.publisher() != null) {
                doc.addProperty(Vocab.publisher, d.publisher());
            }
            if (d.url() != null) {
                doc.addProperty(Vocab.url, m.createTypedLiteral(d.url(), XSDDatatype.XSDanyURI));
            }
        }

        private void entity(Entity e) {
            Resource r = nodes.get(e.id());
            // isnad:Actor is not repeated: the ontology makes Person, Organization and State its subclasses.
            r.addProperty(RDF.type, typeOf(e.type()));
            if (e.labelAr() != null) {
                r.addProperty(RDFS.label, e.labelAr(), "ar");
            }
            if (e.labelEn() != null) {
                r.addProperty(RDFS.label, e.labelEn(), "en");
            }
            if (e.wikidataId() != null) {
                r.addProperty(OWL.sameAs, m.createResource(Vocab.WIKIDATA + e.wikidataId()));
                r.addProperty(Vocab.wikidataId, e.wikidataId());
            }
            if (e.anonymous()) {
                r.addLiteral(Vocab.anonymous, true);
            }
            if (e.subtype() != null) {
                r.addProperty(Vocab.subtype, e.subtype());
            }
            if (e.role() != null) {
                r.addProperty(Vocab.role, e.role());
            }
            if (e.affiliation() != null && nodes.containsKey(e.affiliation())) {
                r.addProperty(Vocab.affiliation, nodes.get(e.affiliation()));
            }
            r.addProperty(Vocab.wasDerivedFrom, doc);
            for (Mention mention : e.mentions()) {
                r.addProperty(Vocab.mention, span(mention).addProperty(Vocab.anchorOf, mention.text()));
            }
        }

        private void meeting(Meeting mt) {
            Resource r = event(docIri + "/meeting/" + mt.id(), Vocab.Meeting, mt.status().label(), mt.locations(),
                    mt.topics(), mt.date(), mt.evidence(), mt.code());
            mt.participants().forEach(p -> r.addProperty(Vocab.participant, nodes.get(p)));
        }

        /** An event of a type declared as data: its class from the type's file, each role a property of that name. */
        private void event(Event ev) {
            Resource r = event(docIri + "/event/" + ev.id(), Vocab.term(ev.rdfClass()), ev.status().label(),
                    ev.locations(), ev.topics(), ev.date(), ev.evidence(), ev.code());
            ev.roles().forEach((role, ids) -> ids.forEach(id -> r.addProperty(Vocab.roleProperty(role), nodes.get(id))));
        }

        /** What every event has, meetings included: status, places, topics, date, evidence, codes. */
        private Resource event(String iri, Resource type, String status, List<String> locations, List<String> topics,
                               String date, List<Mention> evidence, EventCode code) {
            Resource r = m.createResource(iri)
                    .addProperty(RDF.type, type)
                    .addProperty(Vocab.status, Vocab.term(status))
                    .addProperty(Vocab.wasDerivedFrom, doc);
            locations.forEach(l -> r.addProperty(Vocab.location, nodes.get(l)));
            topics.forEach(t -> r.addProperty(Vocab.topic, t));
            if (date != null) {
                r.addProperty(Vocab.date, dateLiteral(date));
            }
            evidence.forEach(e -> r.addProperty(Vocab.evidence, span(e)));
            codes(r, code);
            return r;
        }

        private void codes(Resource r, EventCode code) {
            if (code == null) {
                return;
            }
            r.addProperty(Vocab.eventType, code.eventType());
            if (code.plover() != null) {
                r.addProperty(Vocab.plover, code.plover());
            }
            if (code.ploverMode() != null) {
                r.addProperty(Vocab.ploverMode, code.ploverMode());
            }
            if (code.cameo() != null) {
                r.addProperty(Vocab.cameo, code.cameo());
            }
        }

        private void claim(Claim c) {
            Resource r = m.createResource(docIri + "/claim/" + c.id())
                    .addProperty(RDF.type, Vocab.Claim)
                    .addProperty(Vocab.stance, Vocab.term(c.stance().label()))
                    .addProperty(Vocab.evidence, span(c.evidence()))
                    .addProperty(Vocab.wasDerivedFrom, doc);
            if (c.directQuote()) {
                r.addLiteral(Vocab.directQuote, true); // absent means reported speech
            }
            c.claimants().forEach(a -> r.addProperty(Vocab.claimant, nodes.get(a)));
            if (c.via() != null) {
                r.addProperty(Vocab.via, nodes.get(c.via()));
            }
            if (c.content() != null) {
                r.addProperty(Vocab.content, c.content().text());
            }
            for (String a : c.about()) {
                Resource target = nodes.containsKey(a) ? nodes.get(a) : m.createResource(docIri + "/meeting/" + a);
                r.addProperty(Vocab.about, target);
            }
        }

        /**
         * A span as a NIF string: its IRI names the document and the offsets (RFC 5147, as NIF does), so
         * it needs no document triple, and its class follows from isnad:mention and isnad:evidence. Only
         * a name's span repeats its text (nif:anchorOf): an evidence sentence's text is the document's,
         * from begin to end ({@link #spanDocument}).
         */
        private Resource span(Mention mention) {
            int begin = text.codePointCount(0, mention.start());
            int end = begin + text.codePointCount(mention.start(), mention.end());
            return m.createResource(docIri + SPAN + begin + "," + end)
                    .addProperty(Vocab.beginIndex, m.createTypedLiteral(Integer.toString(begin), XSDDatatype.XSDnonNegativeInteger))
                    .addProperty(Vocab.endIndex, m.createTypedLiteral(Integer.toString(end), XSDDatatype.XSDnonNegativeInteger));
        }

        private Literal dateLiteral(String date) {
            XSDDatatype type = switch (date.length()) {
                case 10 -> XSDDatatype.XSDdate;
                case 7 -> XSDDatatype.XSDgYearMonth;
                default -> XSDDatatype.XSDgYear;
            };
            return m.createTypedLiteral(date, type);
        }

        private static Resource typeOf(EntityType t) {
            return switch (t) {
                case PERSON -> Vocab.Person;
                case ORGANIZATION -> Vocab.Organization;
                case STATE -> Vocab.State;
                case PLACE -> Vocab.Place;
                case SOURCE -> Vocab.AnonymousSource;
            };
        }
    }
}
