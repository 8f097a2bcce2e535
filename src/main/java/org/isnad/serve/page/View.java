package org.isnad.serve.page;

import org.apache.jena.rdf.model.Model;

/** A page as HTML or as RDF: what it shows and the triples it shows them from. */
interface View {
    String title();

    /** The language and direction of the title (a label may be Arabic). */
    default String titleLanguage() {
        return Html.guessLanguage(title());
    }

    void body(Html h);

    Model rdf();
}
