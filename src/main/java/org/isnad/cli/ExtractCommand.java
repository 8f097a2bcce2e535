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

    @Option(names = "--format", defaultValue = "json", description = "json or turtle (default: ${DEFAULT-VALUE}).")
    Format format;

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
            spec.commandLine().getOut().println(format == Format.json ? json(x) : turtle(x));
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
            ArrayNode ev = n.putArray("evidence");
            m.evidence().forEach(s -> span(ev.addObject(), text, s));
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
        return mapper.writeValueAsString(root);
    }

    private static void span(ObjectNode n, String text, Mention m) {
        int begin = text.codePointCount(0, m.start());
        n.put("begin", begin);
        n.put("end", begin + text.codePointCount(m.start(), m.end()));
        n.put("text", m.text());
    }
}
