package org.isnad.bench;

import org.isnad.serve.ServedStore;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * How fast the pages answer on the web tests' store (the seed, the Arabic test articles, the English
 * blind-set articles: 32 documents), over real HTTP on loopback, one request at a time: each page is
 * requested 20 times to warm up, then 50 times measured; median, 90th percentile and worst, with
 * Fuseki's {@code /$/ping} measured in the same run as the baseline. A measurement, not a test: run
 *
 * <pre>java -cp "target/test-classes:target/classes:$(cat target/cp.txt)" org.isnad.bench.PageTiming</pre>
 */
public final class PageTiming {
    static final String SEED_DOC = "doc/t330f9a6d6a7b5f248b0b9867885cbb1c";
    static final Map<String, String> PAGES = new LinkedHashMap<>();

    static {
        PAGES.put("ping (baseline)", "/$/ping");
        PAGES.put("search, no query", "/isnad/page/");
        PAGES.put("search Putin", "/isnad/page/?q=Putin");
        PAGES.put("search بوتين", "/isnad/page/?q=%D8%A8%D9%88%D8%AA%D9%8A%D9%86");
        PAGES.put("actor Putin", "/isnad/page/actor?id=wd/Q7747");
        PAGES.put("actor Russia", "/isnad/page/actor?id=wd/Q159");
        PAGES.put("event (seed, planned)", "/isnad/page/event?id=" + ServedStore.seed().plannedMeeting());
        PAGES.put("claim (seed, Kirby)", "/isnad/page/claim?id=" + ServedStore.seed().kirbyClaim());
        PAGES.put("document (seed)", "/isnad/page/document?id=" + SEED_DOC);
        PAGES.put("network", "/isnad/page/network");
        PAGES.put("timeline", "/isnad/page/timeline");
        PAGES.put("actor Putin, Turtle", "/isnad/page/actor?id=wd/Q7747&format=turtle");
    }

    private PageTiming() {
    }

    public static void main(String[] args) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        try (ServedStore served = ServedStore.start()) {
            System.out.printf(Locale.ROOT, "%-22s %9s %9s %9s%n", "page", "median ms", "p90 ms", "worst ms");
            for (Map.Entry<String, String> page : PAGES.entrySet()) {
                HttpRequest req = HttpRequest.newBuilder(URI.create(served.base + page.getValue())).build();
                for (int i = 0; i < 20; i++) {
                    check(http.send(req, HttpResponse.BodyHandlers.ofString()), page.getValue());
                }
                List<Double> ms = new ArrayList<>();
                for (int i = 0; i < 50; i++) {
                    long t = System.nanoTime();
                    check(http.send(req, HttpResponse.BodyHandlers.ofString()), page.getValue());
                    ms.add((System.nanoTime() - t) / 1e6);
                }
                Collections.sort(ms);
                System.out.printf(Locale.ROOT, "%-22s %9.1f %9.1f %9.1f%n", page.getKey(), ms.get(25), ms.get(45), ms.get(49));
            }
        }
        System.exit(0);
    }

    private static void check(HttpResponse<String> r, String page) {
        if (r.statusCode() != 200) {
            throw new IllegalStateException(page + " answered " + r.statusCode());
        }
    }
}
