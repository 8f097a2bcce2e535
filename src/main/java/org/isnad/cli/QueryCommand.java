package org.isnad.cli;

import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.isnad.store.IsnadStore;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code isnad query}: a bundled or user SPARQL query over the union of all documents. */
@Command(name = "query", mixinStandardHelpOptions = true,
        description = {"Runs a SPARQL query over the store (the union of all documents' graphs).",
                "QUERY is a .rq file or the name of a bundled query: " + BundledQueries.NAMES + "."})
final class QueryCommand implements Callable<Integer> {
    enum Format { table, json, csv, tsv }

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    StoreOptions store;

    @Option(names = "--format", defaultValue = "table",
            description = "table, json (SPARQL 1.1 Query Results JSON), csv or tsv (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = "--param", paramLabel = "NAME=VALUE",
            description = "Binds ?NAME to VALUE as an RDF term: <iri>, an http(s) IRI, a Wikidata id (Q7747), "
                    + "a SPARQL literal (\"text\"@ar, 12), or else a plain string. Repeatable.")
    Map<String, String> params = new LinkedHashMap<>();

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "60",
            description = "Stop the query after this many seconds (default: ${DEFAULT-VALUE}).")
    long timeout;

    @Option(names = {"-e", "--expression"}, paramLabel = "SPARQL", description = "The query text itself, instead of QUERY.")
    String expression;

    @Option(names = "--lang", paramLabel = "TAG", defaultValue = "en",
            description = "Language of the labels the bundled queries show (en, ar, …); an entity without a label "
                    + "in it shows another one (default: ${DEFAULT-VALUE}).")
    String lang;

    @Parameters(paramLabel = "QUERY", arity = "0..1", description = "A .rq file or a bundled query name.")
    String queryRef;

    @Override
    public Integer call() throws Exception {
        if ((expression == null) == (queryRef == null)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "give either QUERY or -e 'SPARQL', not both or neither");
        }
        String sparql = expression != null ? expression : BundledQueries.load(queryRef);
        Query query = QueryFactory.create(sparql);
        QueryParameters.refuseService(query);
        Map<String, RDFNode> bound = Terms.parseAll(params);
        QueryParameters.check(expression != null ? "-e" : queryRef, sparql, params);
        if (!bound.containsKey(QueryParameters.LANG) && QueryParameters.mentioned(sparql).contains(QueryParameters.LANG)) {
            bound.put(QueryParameters.LANG, org.apache.jena.rdf.model.ResourceFactory.createStringLiteral(lang));
        }
        try (IsnadStore db = IsnadStore.openExisting(store.db)) {
            var out = spec.commandLine().getOut();
            if (query.isSelectType()) {
                ResultSetRewindable rs = db.select(sparql, bound, timeout);
                out.print(render(rs, query));
            } else if (query.isAskType()) {
                boolean answer = db.ask(sparql, bound, timeout);
                out.println(format == Format.json ? "{ \"head\": {}, \"boolean\": " + answer + " }" : Boolean.toString(answer));
            } else {
                Model m = db.construct(sparql, bound, timeout);
                m.setNsPrefixes(IsnadStore.standardPrefixes());
                ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                RDFDataMgr.write(bytes, m, format == Format.json ? RDFFormat.JSONLD : RDFFormat.TURTLE_PRETTY);
                out.print(bytes.toString(StandardCharsets.UTF_8));
            }
            out.flush();
        }
        return IsnadCli.OK;
    }

    private String render(ResultSetRewindable rs, Query query) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        switch (format) {
            case json -> ResultSetFormatter.outputAsJSON(bytes, rs);
            case csv -> ResultSetFormatter.outputAsCSV(bytes, rs);
            case tsv -> ResultSetFormatter.outputAsTSV(bytes, rs);
            default -> ResultSetFormatter.out(bytes, rs, query.getPrefixMapping());
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
