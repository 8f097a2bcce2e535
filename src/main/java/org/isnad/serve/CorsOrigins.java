package org.isnad.serve;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;

/**
 * Checks --cors-origin values: each must be one exact origin (http or https, a host, an optional
 * port, nothing else). The CORS filter reads '*' anywhere as a wildcard and a comma as a list, so
 * "http*", "https://*" or "a,b" would open the server to pages the user never named.
 */
public final class CorsOrigins {
    private CorsOrigins() {
    }

    /** The origins unchanged, or an IllegalArgumentException naming the first bad one and why. */
    public static List<String> validate(List<String> origins) {
        for (String o : origins) {
            String why = problem(o);
            if (why != null) {
                throw new IllegalArgumentException("--cors-origin '" + o + "': " + why
                        + " (give one exact origin such as https://example.org or http://localhost:8080 per option)");
            }
        }
        return List.copyOf(origins);
    }

    private static String problem(String origin) {
        if (origin.contains("*")) {
            return "wildcards would let other web pages read the store";
        }
        if (origin.contains(",") || origin.chars().anyMatch(Character::isWhitespace)) {
            return "one origin per option";
        }
        URI u;
        try {
            u = new URI(origin);
        } catch (URISyntaxException e) {
            return "not an origin";
        }
        if (!"http".equals(u.getScheme()) && !"https".equals(u.getScheme())) {
            return "an origin starts with http:// or https://";
        }
        if (u.getHost() == null || u.getRawUserInfo() != null) {
            return "an origin is a scheme, a host and an optional port";
        }
        String exact = u.getScheme() + "://" + u.getRawAuthority();
        if (!origin.equals(exact)) {
            return "an origin has no path, query or trailing slash";
        }
        return null;
    }
}
