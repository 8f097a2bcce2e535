package org.isnad.serve;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.query.Dataset;
import org.isnad.serve.ui.QueryUi;
import org.isnad.serve.web.Utf8Responses;

/**
 * What {@code serve} offers a browser besides the SPARQL protocol: Fuseki's query UI at {@code /},
 * Isnad's pages under {@code /isnad/page/}, the reconciliation service at {@code /isnad/reconcile},
 * and UTF-8 declared on every text response.
 */
final class WebFeatures {
    private WebFeatures() {
    }

    static void install(FusekiServer.Builder b, Dataset dataset) {
        b.addFilter("/*", new Utf8Responses());
        QueryUi.install(b);
    }
}
