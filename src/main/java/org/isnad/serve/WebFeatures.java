package org.isnad.serve;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.query.Dataset;
import org.isnad.serve.names.ActorDirectory;
import org.isnad.serve.page.DatasetHome;
import org.isnad.serve.page.PageHandler;
import org.isnad.serve.reconcile.ReconcileHandler;
import org.isnad.serve.ui.QueryUi;
import org.isnad.serve.web.Sparql;
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
        Sparql sparql = new Sparql(dataset);
        ActorDirectory directory = new ActorDirectory(sparql);
        // The name index takes a few seconds on a cold JVM: build it now rather than on the first search.
        Thread warm = new Thread(directory::index, "isnad-name-index");
        warm.setDaemon(true);
        warm.start();
        b.addFilter("/*", new Utf8Responses());
        PageHandler pages = new PageHandler(sparql, directory);
        b.addFilter(pages.pathSpec(), pages);
        for (String home : DatasetHome.PATHS) {
            b.addFilter(home, new DatasetHome());
        }
        ReconcileHandler reconcile = new ReconcileHandler(directory);
        b.addFilter(reconcile.pathSpec(), reconcile);
        QueryUi.install(b);
    }
}
