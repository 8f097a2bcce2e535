package org.isnad.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.isnad.evaluate.ArticleScore;
import org.isnad.evaluate.LanguageMean;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/** {@code evaluate}'s output: a table with two decimals, or JSON with the unrounded figures and the counts. */
final class EvaluationReport {
    private static final String ROW = "%-36s %-4s %6s %6s %6s %6s %7s %7s %8s %6s %7s %6s%n";

    private EvaluationReport() {
    }

    static String text(List<ArticleScore> scores, List<LanguageMean> means) {
        StringBuilder out = new StringBuilder();
        out.append(String.format(ROW, "article", "lang", "ent_P", "ent_R", "ent_F1", "link", "meet_F1", "status",
                "claim_F1", "attr", "stance", "via"));
        for (ArticleScore s : scores) {
            out.append(String.format(ROW, s.article(), s.language(), d2(s.entities().precision()), d2(s.entities().recall()),
                    d2(s.entityF1()), d2(s.linking()), d2(s.meetings().f1()), n(s.statuses()), d2(s.claims().f1()),
                    d2(s.attribution().fraction()), n(s.stance()), n(s.via())));
        }
        for (LanguageMean m : means) {
            out.append(String.format(ROW, "mean of " + m.articles() + " (" + m.language() + ")", m.language(),
                    d2(m.entityPrecision()), d2(m.entityRecall()), d2(m.entityF1()), d2(m.linking()), d2(m.meetingF1()),
                    n(m.statuses()), d2(m.claimF1()), d2(m.attribution()), n(m.stance()), n(m.via())));
        }
        return out.toString();
    }

    static String json(List<ArticleScore> scores, List<LanguageMean> means) throws JsonProcessingException {
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode root = mapper.createObjectNode();
        ArrayNode articles = root.putArray("articles");
        for (ArticleScore s : scores) {
            ObjectNode a = articles.addObject();
            a.put("article", s.article());
            a.put("language", s.language());
            ObjectNode e = a.putObject("entities");
            e.put("gold", s.entities().gold());
            e.put("extracted", s.entities().extracted());
            e.put("matched", s.entities().matched());
            e.put("false_positives", s.entities().falsePositives());
            e.put("found", s.entities().found());
            e.put("precision", s.entities().precision());
            e.put("recall", s.entities().recall());
            e.put("f1", s.entityF1());
            s.missing().forEach(e.putArray("missing")::add);
            ObjectNode links = a.putObject("links");
            count(links, s.links());
            s.wrongLinks().forEach(links.putArray("wrong")::add);
            found(a.putObject("meetings"), s.meetings());
            count(a.putObject("statuses"), s.statuses());
            found(a.putObject("claims"), s.claims());
            count(a.putObject("attribution"), s.attribution());
            count(a.putObject("stance"), s.stance());
            count(a.putObject("via"), s.via());
            s.errors().forEach(a.putArray("errors")::add);
        }
        ArrayNode all = root.putArray("means");
        for (LanguageMean m : means) {
            ObjectNode n = all.addObject();
            n.put("language", m.language());
            n.put("articles", m.articles());
            n.put("entity_precision", m.entityPrecision());
            n.put("entity_recall", m.entityRecall());
            n.put("entity_f1", m.entityF1());
            n.put("linking", m.linking());
            n.put("meeting_f1", m.meetingF1());
            count(n.putObject("statuses"), m.statuses());
            n.put("claim_f1", m.claimF1());
            n.put("attribution", m.attribution());
            count(n.putObject("stance"), m.stance());
            count(n.putObject("via"), m.via());
        }
        return mapper.writeValueAsString(root) + "\n";
    }

    private static void count(ObjectNode n, ArticleScore.Count c) {
        n.put("right", c.right());
        n.put("of", c.of());
        n.put("fraction", c.fraction());
    }

    private static void found(ObjectNode n, ArticleScore.Found f) {
        n.put("gold", f.gold());
        n.put("extracted", f.extracted());
        n.put("matched", f.matched());
        n.put("precision", f.precision());
        n.put("recall", f.recall());
        n.put("f1", f.f1());
    }

    /**
     * Two decimals of the exact binary value, ties to even: what Python's format prints, so a figure
     * reads the same here and in the shared scorer (Java's %.2f rounds 0.625 up, Python down).
     */
    static String d2(double v) {
        return new BigDecimal(v).setScale(2, RoundingMode.HALF_EVEN).toPlainString();
    }

    private static String n(ArticleScore.Count c) {
        return c.right() + "/" + c.of();
    }
}
