package org.isnad.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.isnad.extract.Claim;
import org.isnad.extract.Entity;
import org.isnad.extract.Extraction;
import org.isnad.extract.Event;
import org.isnad.extract.EventCode;
import org.isnad.extract.Explanation;
import org.isnad.extract.Meeting;
import org.isnad.extract.Mention;
import org.isnad.rdf.RdfMapper;
import org.isnad.read.DocumentReader;
import org.isnad.read.InputProblem;
import org.isnad.read.SourceDocument;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code isnad extract}: one document's extraction, printed, with no store involved. */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = "Runs the extraction on one document and prints what it found (JSON or Turtle), "
                + "without touching a store. Offsets are Unicode code points into the document's text.")
final class ExtractCommand implements Callable<Integer> {
    enum Format { json, turtle }

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    ExtractionOptions extraction;

    @Option(names = "--format", description = "json or turtle (default: json; with --explain: a readable report).")
    Format format;

    @Option(names = "--explain", description = "Show, for each fact, the rule that made it (file:line) and the words it "
            + "matched: a readable report, or an \"explanations\" array with --format json.")
    boolean explain;

    @Parameters(paramLabel = "FILE|-", description = "The document (.txt, .json, .jsonl), or - for plain text on standard input.")
    String input;

    @Override
    public Integer call() throws Exception {
        DocumentReader reader = extraction.reader();
        List<SourceDocument> docs = new ArrayList<>();
        List<InputProblem> problems = new ArrayList<>();
        if (input.equals("-")) {
            docs.add(reader.readOne(System.in.readAllBytes(), "<stdin>"));
        } else {
            reader.read(List.of(Path.of(input)), docs::add, problems::add);
        }
        for (InputProblem p : problems) {
            spec.commandLine().getErr().println("error: " + p.getMessage());
        }
        var extractor = extraction.extractor();
        for (SourceDocument doc : docs) {
            Extraction x = extractor.extract(doc);
            if (explain && format == Format.turtle) {
                throw new UsageProblem("--explain prints a report or JSON, not Turtle: drop --format turtle");
            }
            String out = explain && format == null ? ExplainReport.of(x) : format == Format.turtle ? turtle(x) : json(x, explain);
            spec.commandLine().getOut().println(out);
        }
        spec.commandLine().getOut().flush();
        return problems.isEmpty() ? IsnadCli.OK : IsnadCli.PARTIAL;
    }

    private static String turtle(Extraction x) {
        Model m = RdfMapper.toModel(x);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        RDFDataMgr.write(bytes, m, RDFFormat.TURTLE_PRETTY);
        return bytes.toString(StandardCharsets.UTF_8);
    }

    static String json(Extraction x) throws IOException {
        return json(x, false);
    }

    static String json(Extraction x, boolean explanations) throws IOException {
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        String text = x.document().text();
        ObjectNode root = mapper.createObjectNode();
        ObjectNode doc = root.putObject("document");
        doc.put("origin", x.document().origin());
        doc.put("iri", RdfMapper.documentIri(x.document()));
        doc.put("title", x.document().title());
        doc.put("language", x.language());
        doc.put("published", x.document().published() == null ? null : x.document().published().toString());
        ArrayNode entities = root.putArray("entities");
        for (Entity e : x.entities()) {
            ObjectNode n = entities.addObject();
            n.put("id", e.id());
            n.put("type", e.anonymous() ? "AnonymousSource" : e.type().label());
            n.put("subtype", e.subtype());
            n.put("label_ar", e.labelAr());
            n.put("label_en", e.labelEn());
            n.put("wikidata", e.wikidataId());
            n.put("role", e.role());
            n.put("affiliation", e.affiliation());
            ArrayNode mentions = n.putArray("mentions");
            e.mentions().forEach(m -> span(mentions.addObject(), text, m));
        }
        ArrayNode meetings = root.putArray("meetings");
        for (Meeting m : x.meetings()) {
            ObjectNode n = meetings.addObject();
            n.put("id", m.id());
            n.put("status", m.status().label());
            m.participants().forEach(n.putArray("participants")::add);
            m.locations().forEach(n.putArray("locations")::add);
            n.put("date", m.date());
            m.topics().forEach(n.putArray("topics")::add);
            codes(n, m.code());
            ArrayNode ev = n.putArray("evidence");
            m.evidence().forEach(s -> span(ev.addObject(), text, s));
        }
        ArrayNode events = root.putArray("events");
        for (Event e : x.events()) {
            ObjectNode n = events.addObject();
            n.put("id", e.id());
            n.put("type", e.code().eventType());
            n.put("status", e.status().label());
            ObjectNode roles = n.putObject("roles");
            e.roles().forEach((role, ids) -> ids.forEach(roles.withArray(role)::add));
            e.locations().forEach(n.putArray("locations")::add);
            n.put("date", e.date());
            e.topics().forEach(n.putArray("topics")::add);
            codes(n, e.code());
            ArrayNode ev = n.putArray("evidence");
            e.evidence().forEach(s -> span(ev.addObject(), text, s));
        }
        ArrayNode claims = root.putArray("claims");
        for (Claim c : x.claims()) {
            ObjectNode n = claims.addObject();
            n.put("id", c.id());
            c.claimants().forEach(n.putArray("claimants")::add);
            n.put("via", c.via());
            n.put("stance", c.stance().label());
            n.put("direct_quote", c.directQuote());
            if (c.content() != null) {
                span(n.putObject("content"), text, c.content());
            }
            c.about().forEach(n.putArray("about")::add);
            span(n.putObject("evidence"), text, c.evidence());
        }
        if (explanations) {
            ArrayNode because = root.putArray("explanations");
            for (Explanation e : x.explanations()) {
                ObjectNode n = because.addObject();
                n.put("fact", e.fact());
                n.put("rule", e.rule());
                n.put("source", e.source());
                span(n.putObject("matched"), text, new Mention(e.begin(), e.end(), e.matched()));
            }
        }
        return mapper.writeValueAsString(root);
    }

    private static void codes(ObjectNode n, EventCode code) {
        if (code != null) {
            n.put("event_type", code.eventType());
            n.put("plover", code.plover());
            n.put("plover_mode", code.ploverMode());
            n.put("cameo", code.cameo());
        }
    }

    private static void span(ObjectNode n, String text, Mention m) {
        int begin = text.codePointCount(0, m.start());
        n.put("begin", begin);
        n.put("end", begin + text.codePointCount(m.start(), m.end()));
        n.put("text", m.text());
    }
}
