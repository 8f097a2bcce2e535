package org.isnad.serve.reconcile;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.isnad.rdf.Vocab;

/** The service manifest: what OpenRefine reads when the service is added. */
final class Manifest {
    static final String[][] TYPES = {{"Actor", "Actor (person, organisation or state)"}, {"Person", "Person"},
            {"Organization", "Organization"}, {"State", "State"}};

    private Manifest() {
    }

    static ObjectNode of(String base) {
        ObjectNode m = ReconcileHandler.object();
        m.putArray("versions").add("0.2");
        m.put("name", "Isnad actors");
        m.put("identifierSpace", Vocab.ID);
        m.put("schemaSpace", Vocab.NS);
        ArrayNode types = m.putArray("defaultTypes");
        for (String[] t : TYPES) {
            types.addObject().put("id", t[0]).put("name", t[1]);
        }
        m.putObject("view").put("url", base + "/isnad/page/actor?id={{id}}");
        m.putObject("preview").put("url", base + ReconcileHandler.PREFIX + "/preview?id={{id}}")
                .put("width", 420).put("height", 160);
        ObjectNode suggest = m.putObject("suggest");
        suggest.putObject("entity").put("service_url", base + ReconcileHandler.PREFIX).put("service_path", "/suggest/entity");
        m.put("batchSize", 50);
        return m;
    }
}
