package org.isnad.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.isnad.extract.EntityType;
import org.isnad.extract.Gazetteer;
import org.isnad.extract.GazetteerEntry;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code isnad gazetteer list}: every gazetteer entry with its id, type, labels and aliases. */
@Command(name = "list", mixinStandardHelpOptions = true,
        description = "Lists what the offline gazetteer knows: Wikidata id (- when none is certain), type, "
                + "Arabic and English labels and aliases. Extra files given with --gazetteer are included.")
final class GazetteerListCommand implements Callable<Integer> {
    enum Format { tsv, json }

    enum Type {
        Person(EntityType.PERSON), Organization(EntityType.ORGANIZATION), State(EntityType.STATE), Place(EntityType.PLACE);

        final EntityType entityType;

        Type(EntityType t) {
            this.entityType = t;
        }
    }

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--type", paramLabel = "TYPE", description = "Only this type: Person, Organization, State or Place.")
    Type type;

    @Option(names = "--format", defaultValue = "tsv", description = "tsv or json (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = "--gazetteer", paramLabel = "FILE|DIR",
            description = "Extra gazetteer TSV files or folders, added to the bundled one (repeatable).")
    List<Path> gazetteers = new ArrayList<>();

    @Override
    public Integer call() throws Exception {
        Gazetteer g = gazetteers.isEmpty() ? Gazetteer.bundled() : Gazetteer.with(gazetteers);
        List<GazetteerEntry> entries = g.entries().stream()
                .filter(e -> type == null || e.type() == type.entityType).toList();
        var out = spec.commandLine().getOut();
        out.print(format == Format.json ? json(entries) : tsv(entries));
        out.flush();
        return IsnadCli.OK;
    }

    private static String tsv(List<GazetteerEntry> entries) {
        StringBuilder b = new StringBuilder("id\ttype\tlabel_ar\tlabel_en\taliases_ar\taliases_en\n");
        for (GazetteerEntry e : entries) {
            b.append(e.wikidataId() == null ? "-" : e.wikidataId()).append('\t')
                    .append(e.type().label()).append('\t')
                    .append(orDash(e.labelAr())).append('\t')
                    .append(orDash(e.labelEn())).append('\t')
                    .append(e.aliasesAr().isEmpty() ? "-" : String.join("|", e.aliasesAr())).append('\t')
                    .append(e.aliasesEn().isEmpty() ? "-" : String.join("|", e.aliasesEn())).append('\n');
        }
        return b.toString();
    }

    private static String json(List<GazetteerEntry> entries) throws Exception {
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ArrayNode root = mapper.createArrayNode();
        for (GazetteerEntry e : entries) {
            ObjectNode n = root.addObject();
            n.put("id", e.wikidataId());
            n.put("type", e.type().label());
            n.put("subtype", e.subtype());
            ObjectNode labels = n.putObject("labels");
            labels.put("ar", e.labelAr());
            labels.put("en", e.labelEn());
            ObjectNode aliases = n.putObject("aliases");
            e.aliasesAr().forEach(aliases.putArray("ar")::add);
            e.aliasesEn().forEach(aliases.putArray("en")::add);
        }
        return mapper.writeValueAsString(root) + "\n";
    }

    private static String orDash(String s) {
        return s == null ? "-" : s;
    }
}
