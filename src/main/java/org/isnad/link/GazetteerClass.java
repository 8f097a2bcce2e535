package org.isnad.link;

/**
 * The kinds of gazetteer entries that can be built from the Wikidata Query Service, each with its
 * type, subtype and query. Every query returns the same variables: ?item ?label_en ?label_ar
 * ?aliases_ar ?aliases_en and optionally ?affiliation ?role_en ?subtype, so one reader serves all.
 */
public enum GazetteerClass {
    countries("State", "country", """
            SELECT ?item ?label_en ?label_ar ?aliases_ar ?aliases_en WHERE {
              ?item wdt:P31 wd:Q3624078 .
              FILTER NOT EXISTS { ?item wdt:P576 ?dissolved }
            %s
            }"""),
    capitals("Place", "capital", """
            SELECT ?item ?label_en ?label_ar ?aliases_ar ?aliases_en ?affiliation ("capital" AS ?role_en) WHERE {
              ?country wdt:P31 wd:Q3624078 ; wdt:P36 ?item .
              FILTER NOT EXISTS { ?country wdt:P576 ?dissolved }
              BIND(STRAFTER(STR(?country), "entity/") AS ?affiliation)
            %s
            }"""),
    heads("Person", "head-of-state", """
            SELECT ?item ?label_en ?label_ar ?aliases_ar ?aliases_en ?affiliation ?subtype ?role_en WHERE {
              ?country wdt:P31 wd:Q3624078 .
              FILTER NOT EXISTS { ?country wdt:P576 ?dissolved }
              { ?country wdt:P35 ?item . BIND("head-of-state" AS ?subtype) }
              UNION
              { ?country wdt:P6 ?item . BIND("head-of-government" AS ?subtype) }
              ?country rdfs:label ?country_en . FILTER(LANG(?country_en) = "en")
              BIND(CONCAT(IF(?subtype = "head-of-state", "Head of state of ", "Head of government of "), ?country_en) AS ?role_en)
              BIND(STRAFTER(STR(?country), "entity/") AS ?affiliation)
            %s
            }"""),
    ministers("Person", "minister", """
            SELECT ?item ?label_en ?label_ar ?aliases_ar ?aliases_en ?affiliation ?role_en WHERE {
              ?country wdt:P31 wd:Q3624078 .
              ?position wdt:P279 wd:Q83307 ; wdt:P1001 ?country .
              ?item p:P39 ?held . ?held ps:P39 ?position .
              FILTER NOT EXISTS { ?held pq:P582 ?ended }
              ?position rdfs:label ?role_en . FILTER(LANG(?role_en) = "en")
              BIND(STRAFTER(STR(?country), "entity/") AS ?affiliation)
            %s
            }"""),
    organizations("Organization", "intergovernmental", """
            SELECT ?item ?label_en ?label_ar ?aliases_ar ?aliases_en WHERE {
              ?item wdt:P31 wd:Q245065 .
              FILTER NOT EXISTS { ?item wdt:P576 ?dissolved }
            %s
            }"""),
    agencies("Organization", "news-agency", """
            SELECT ?item ?label_en ?label_ar ?aliases_ar ?aliases_en ?affiliation WHERE {
              ?item wdt:P31 wd:Q192283 .
              OPTIONAL { ?item wdt:P17 ?country . BIND(STRAFTER(STR(?country), "entity/") AS ?affiliation) }
            %s
            }""");

    /** Labels in both languages are required: an entry the Arabic extractor cannot match is no use. */
    private static final String LABELS = """
              ?item rdfs:label ?label_ar . FILTER(LANG(?label_ar) = "ar")
              ?item rdfs:label ?label_en . FILTER(LANG(?label_en) = "en")
              OPTIONAL { SELECT ?item (GROUP_CONCAT(DISTINCT ?a; separator="|") AS ?aliases_ar)
                         WHERE { ?item skos:altLabel ?a . FILTER(LANG(?a) = "ar") } GROUP BY ?item }
              OPTIONAL { SELECT ?item (GROUP_CONCAT(DISTINCT ?b; separator="|") AS ?aliases_en)
                         WHERE { ?item skos:altLabel ?b . FILTER(LANG(?b) = "en") } GROUP BY ?item }""";

    private static final String PREFIXES = """
            PREFIX wd: <http://www.wikidata.org/entity/>
            PREFIX wdt: <http://www.wikidata.org/prop/direct/>
            PREFIX p: <http://www.wikidata.org/prop/>
            PREFIX ps: <http://www.wikidata.org/prop/statement/>
            PREFIX pq: <http://www.wikidata.org/prop/qualifier/>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            """;

    final String type;
    final String subtype;
    private final String body;

    GazetteerClass(String type, String subtype, String body) {
        this.type = type;
        this.subtype = subtype;
        this.body = body;
    }

    public String query() {
        return PREFIXES + body.formatted(LABELS);
    }
}
