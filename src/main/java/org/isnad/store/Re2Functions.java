package org.isnad.store;

import com.google.re2j.Matcher;
import com.google.re2j.Pattern;
import com.google.re2j.PatternSyntaxException;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.expr.ExprEvalException;
import org.apache.jena.sparql.expr.ExprList;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.function.FunctionBase;

import java.util.List;

/**
 * SPARQL REGEX and REPLACE on RE2/J, whose matching time is linear in the text: no pattern can make
 * one row take minutes. Same arguments and flags as SPARQL (i, s, m, q; x drops the pattern's
 * whitespace); RE2 lacks back-references and look-around, which are refused as a pattern error.
 */
final class Re2Functions {
    static final String REGEX = "urn:isnad:fn:regex";
    static final String REPLACE = "urn:isnad:fn:replace";

    private Re2Functions() {
    }

    static Pattern compile(String pattern, String flags) {
        int f = 0;
        String p = pattern;
        for (char c : flags.toCharArray()) {
            switch (c) {
                case 'i' -> f |= Pattern.CASE_INSENSITIVE;
                case 's' -> f |= Pattern.DOTALL;
                case 'm' -> f |= Pattern.MULTILINE;
                case 'q' -> p = Pattern.quote(pattern);
                case 'x' -> p = p.replaceAll("[ \\t\\n\\r]", "");
                default -> throw new ExprEvalException("regex flag '" + c + "' is not one of i, s, m, x, q");
            }
        }
        try {
            return Pattern.compile(p, f);
        } catch (PatternSyntaxException e) {
            throw new ExprEvalException("regex not supported by the linear-time engine: " + e.getMessage());
        }
    }

    /** The lexical form of a string literal argument (simple, xsd:string or language-tagged). */
    static String string(NodeValue v, String what) {
        if (!v.isString() && !v.isLangString()) {
            throw new ExprEvalException(what + " is not a string: " + v);
        }
        return v.getNode().getLiteralLexicalForm();
    }

    /** A pattern compiled once per call site while its arguments stay the same (the usual case: constants). */
    private abstract static class Cached extends FunctionBase {
        private String lastPattern;
        private String lastFlags;
        private Pattern last;

        Pattern pattern(String pattern, String flags) {
            if (!pattern.equals(lastPattern) || !flags.equals(lastFlags)) {
                last = compile(pattern, flags);
                lastPattern = pattern;
                lastFlags = flags;
            }
            return last;
        }
    }

    /** REGEX(text, pattern [, flags]). */
    public static final class Regex extends Cached {
        @Override
        public void checkBuild(String uri, ExprList args) {
            if (args.size() < 2 || args.size() > 3) {
                throw new org.apache.jena.query.QueryBuildException("REGEX takes 2 or 3 arguments");
            }
        }

        @Override
        public NodeValue exec(List<NodeValue> args) {
            String text = string(args.get(0), "REGEX text");
            Pattern p = pattern(string(args.get(1), "REGEX pattern"), args.size() > 2 ? string(args.get(2), "REGEX flags") : "");
            return NodeValue.booleanReturn(p.matcher(text).find());
        }
    }

    /** REPLACE(text, pattern, replacement [, flags]); the result keeps the text's language or datatype. */
    public static final class Replace extends Cached {
        @Override
        public void checkBuild(String uri, ExprList args) {
            if (args.size() < 3 || args.size() > 4) {
                throw new org.apache.jena.query.QueryBuildException("REPLACE takes 3 or 4 arguments");
            }
        }

        @Override
        public NodeValue exec(List<NodeValue> args) {
            NodeValue arg = args.get(0);
            String text = string(arg, "REPLACE text");
            Pattern p = pattern(string(args.get(1), "REPLACE pattern"), args.size() > 3 ? string(args.get(3), "REPLACE flags") : "");
            if (p.matcher("").matches()) {
                throw new ExprEvalException("REPLACE pattern matches the empty string");
            }
            Matcher m = p.matcher(text);
            String out = m.replaceAll(string(args.get(2), "REPLACE replacement"));
            Node n = arg.getNode();
            String lang = n.getLiteralLanguage();
            return NodeValue.makeNode(lang.isEmpty() ? NodeFactory.createLiteralDT(out, n.getLiteralDatatype())
                    : NodeFactory.createLiteralLang(out, lang));
        }
    }
}
