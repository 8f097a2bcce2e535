package org.isnad.store;

import org.apache.jena.query.ARQ;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.algebra.Transformer;
import org.apache.jena.sparql.algebra.TransformCopy;
import org.apache.jena.sparql.algebra.optimize.Optimize;
import org.apache.jena.sparql.algebra.optimize.RewriteFactory;
import org.apache.jena.sparql.expr.E_Function;
import org.apache.jena.sparql.expr.E_Regex;
import org.apache.jena.sparql.expr.E_StrReplace;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprFunctionN;
import org.apache.jena.sparql.expr.ExprList;
import org.apache.jena.sparql.expr.ExprTransformCopy;
import org.apache.jena.sparql.function.FunctionFactory;
import org.apache.jena.sparql.function.FunctionRegistry;

/**
 * What a query may make this process do, for the CLI and the server alike: REGEX, REPLACE,
 * fn:matches and fn:replace run on a linear-time engine (the query is rewritten before it runs);
 * {@code java:} function URIs, which would load any Function class on the class path, are unknown
 * functions; property functions (apf:strSplit runs Java regexes) are off.
 */
public final class QueryGuards {
    private static boolean installed;

    private QueryGuards() {
    }

    /** Installs the guards in ARQ's global context; idempotent. */
    public static synchronized void install() {
        if (installed) {
            return;
        }
        FunctionRegistry standard = FunctionRegistry.get();
        FunctionRegistry guarded = new NoJavaFunctions();
        standard.keys().forEachRemaining(uri -> guarded.put(uri, standard.get(uri)));
        guarded.put(Re2Functions.REGEX, Re2Functions.Regex.class);
        guarded.put(Re2Functions.REPLACE, Re2Functions.Replace.class);
        guarded.put("http://www.w3.org/2005/xpath-functions#matches", Re2Functions.Regex.class);
        guarded.put("http://www.w3.org/2005/xpath-functions#replace", Re2Functions.Replace.class);
        FunctionRegistry.set(ARQ.getContext(), guarded);
        ARQ.getContext().set(ARQ.enablePropertyFunctions, false);
        RewriteFactory optimizer = Optimize.getFactory();
        Optimize.setFactory(context -> op -> optimizer.create(context).rewrite(linearRegex(op)));
        installed = true;
    }

    /** REGEX and REPLACE anywhere in the query (filters, BIND, ORDER BY, EXISTS…) as RE2/J calls. */
    static Op linearRegex(Op op) {
        return Transformer.transform(new TransformCopy(), new ExprTransformCopy() {
            @Override
            public Expr transform(ExprFunctionN func, ExprList args) {
                if (func instanceof E_Regex) {
                    return new E_Function(Re2Functions.REGEX, args);
                }
                if (func instanceof E_StrReplace) {
                    return new E_Function(Re2Functions.REPLACE, args);
                }
                return super.transform(func, args);
            }
        }, op);
    }

    /** The standard functions, without loading classes named by {@code java:} URIs. */
    private static final class NoJavaFunctions extends FunctionRegistry {
        @Override
        public FunctionFactory get(String uri) {
            return uri.startsWith("java:") ? null : super.get(uri);
        }

        @Override
        public boolean isRegistered(String uri) {
            return !uri.startsWith("java:") && super.isRegistered(uri);
        }
    }
}
