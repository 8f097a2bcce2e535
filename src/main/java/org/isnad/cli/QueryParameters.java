package org.isnad.cli;

import org.apache.jena.query.Query;
import org.apache.jena.sparql.syntax.ElementService;
import org.apache.jena.sparql.syntax.ElementVisitorBase;
import org.apache.jena.sparql.syntax.ElementWalker;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a query takes and may do. A bundled query declares its parameters in lines "# param ?name"
 * (all required); any other query may bind any variable it mentions. A --param that names no such
 * variable, or a missing declared one, would silently return no rows: both are usage errors that
 * name what the query takes. SERVICE is refused, as the server refuses it.
 */
final class QueryParameters {
    private static final Pattern DECLARED = Pattern.compile("(?m)^#\\s*param\\s+[?$]([A-Za-z_][A-Za-z0-9_]*)");
    private static final Pattern VARIABLE = Pattern.compile("[?$]([A-Za-z_][A-Za-z0-9_]*)");
    /** Bound from --lang, never asked of the user. */
    static final String LANG = "lang";

    private QueryParameters() {
    }

    static Set<String> declared(String sparql) {
        Set<String> out = new LinkedHashSet<>();
        Matcher m = DECLARED.matcher(sparql);
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }

    static Set<String> mentioned(String sparql) {
        Set<String> out = new LinkedHashSet<>();
        Matcher m = VARIABLE.matcher(sparql.replaceAll("(?m)#.*$", ""));
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }

    static void check(String name, String sparql, Map<String, ?> given) {
        Set<String> declared = declared(sparql);
        Set<String> allowed = declared.isEmpty() ? mentioned(sparql) : declared;
        for (String p : given.keySet()) {
            if (!allowed.contains(p)) {
                throw new UsageProblem("--param " + p + ": query " + name + " has no parameter ?" + p
                        + (declared.isEmpty() ? "; its variables are " + String.join(", ", allowed)
                        : "; it takes " + String.join(", ", declared)));
            }
        }
        for (String p : declared) {
            if (!given.containsKey(p)) {
                throw new UsageProblem("query " + name + " needs --param " + p + "=VALUE (it takes "
                        + String.join(", ", declared) + ")");
            }
        }
    }

    /** Refuses SERVICE: a query reads this store only, from the command line as from the server. */
    static void refuseService(Query query) {
        if (query.getQueryPattern() == null) {
            return;
        }
        ElementWalker.walk(query.getQueryPattern(), new ElementVisitorBase() {
            @Override
            public void visit(ElementService el) {
                throw new UsageProblem("SERVICE " + el.getServiceNode() + " is refused: queries read this store only");
            }
        });
    }
}
