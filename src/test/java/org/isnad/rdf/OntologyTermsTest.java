package org.isnad.rdf;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every isnad: term that {@link Vocab} declares is in ontology/isnad.ttl with an English and an Arabic label. */
class OntologyTermsTest {
    @Test
    void everyVocabTermHasEnglishAndArabicLabels() throws Exception {
        Model ontology = RDFDataMgr.loadModel("ontology/isnad.ttl");
        int checked = 0;
        for (Field f : Vocab.class.getFields()) {
            if (!Modifier.isStatic(f.getModifiers()) || !Resource.class.isAssignableFrom(f.getType())) {
                continue;
            }
            Resource term = (Resource) f.get(null);
            if (!term.getURI().startsWith(Vocab.NS)) {
                continue;
            }
            Resource inOntology = ontology.getResource(term.getURI());
            for (String lang : new String[] {"en", "ar"}) {
                boolean labelled = inOntology.listProperties(RDFS.label).toList().stream()
                        .anyMatch(s -> s.getObject().isLiteral() && lang.equals(s.getLiteral().getLanguage()));
                assertTrue(labelled, term + " has no @" + lang + " label in ontology/isnad.ttl");
            }
            checked++;
        }
        assertTrue(checked > 30, "checked " + checked);
    }

    @Test
    void everyRoleAndClassOfTheEventTypesIsInTheOntology() throws Exception {
        Model ontology = RDFDataMgr.loadModel("ontology/isnad.ttl");
        int checked = 0;
        try (var files = java.nio.file.Files.list(java.nio.file.Path.of("data/events"))) {
            for (java.nio.file.Path f : files.filter(p -> p.toString().endsWith(".tsv")).toList()) {
                for (String line : java.nio.file.Files.readAllLines(f)) {
                    String[] cells = line.split("\t");
                    if (cells[0].equals("role") || cells[0].equals("type")) {
                        String term = cells[0].equals("role") ? cells[1] : cells[2];
                        assertTrue(ontology.containsResource(ontology.getResource(Vocab.NS + term)),
                                f + ": isnad:" + term + " is not in ontology/isnad.ttl");
                        checked++;
                    }
                }
            }
        }
        assertTrue(checked >= 4, "checked " + checked);
    }
}
