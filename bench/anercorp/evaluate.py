#!/usr/bin/env python3
"""Entity-finding benchmark of Isnad on the ANERcorp test part.

Usage (from the repository root, after `mvn -B -q package -DskipTests`):

    python3 bench/anercorp/evaluate.py [PATH]

PATH is the ANERcorp folder (or the corpus file itself); default
../shared/datasets/anercorp relative to the repository root.

Only the TEST part is read (CAMeL Lab rule: map '·' and '•' to '.', drop U+200F,
break sentences after a run of periods, the last 1/6 of the words is the test
part).  The test tokens are joined with single spaces, one sentence a line,
~50 sentences a document; the documents go to one temporary JSON Lines file
that is given to `java -jar target/isnad.jar extract --format json` once.
Nothing from the corpus is written anywhere but that temporary folder.

Scoring: Isnad Person -> PERS, State and Place -> LOC, Organization -> ORG
(AnonymousSource ignored; gold MISC ignored).  Strict = exact character span
and type (CoNLL style).  Lenient = same type, same end, and the spans equal
once a one-letter leading clitic (و ف ب ل ك) and/or the article (ال) is
stripped from the start of either span.  Standard library only.
"""

import collections
import json
import os
import re
import subprocess
import sys
import tempfile

REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
DEFAULT_PATH = os.path.join(REPO, "..", "shared", "datasets", "anercorp")
JAR = os.path.join(REPO, "target", "isnad.jar")

SENTENCES_PER_DOC = 50
TYPES = ("PERS", "LOC", "ORG")
TYPE_MAP = {"Person": "PERS", "State": "LOC", "Place": "LOC", "Organization": "ORG"}
CLITICS = "وفبلك"
ARTICLE = "ال"
TAG_RE = re.compile(r"^(?:O|[BI]-[A-Z]+)$")
# a line where the newline between two pairs was lost: ". Oالإصابة O"
GLUED_RE = re.compile(r"^(\S+) (O|[BI]-[A-Z]+)(\S+) (O|[BI]-[A-Z]+)$")


def corpus_file(path):
    if os.path.isdir(path):
        names = sorted(n for n in os.listdir(path)
                       if n.lower().startswith("anercorp") and not n.lower().endswith(".md"))
        if not names:
            sys.exit("error: no ANERCorp file in %s" % path)
        return os.path.join(path, names[0])
    return path


def read_pairs(fname):
    """(token, tag) pairs of the whole corpus, with the documented clean-up."""
    pairs, notes = [], collections.Counter()
    with open(fname, encoding="utf-8") as f:
        for raw in f:
            line = raw.rstrip("\r\n").replace("\u200f", "")
            line = line.replace("·", ".").replace("•", ".")
            if not line.strip():
                continue
            m = GLUED_RE.match(line.strip())
            if m:
                pairs.append((m.group(1), m.group(2)))
                pairs.append((m.group(3), m.group(4)))
                notes["glued line split in two"] += 1
                continue
            parts = line.split()
            if len(parts) == 1:            # " O": empty token
                notes["empty token dropped"] += 1
                continue
            tag = parts[-1]
            if not TAG_RE.match(tag):
                notes["line without a tag dropped"] += 1
                continue
            if len(parts) > 2:
                notes["token containing a space"] += 1
            pairs.append((" ".join(parts[:-1]), tag))
    return pairs, notes


def sentences(pairs):
    """Break after a run of periods (a token made of periods not followed by another)."""
    out, cur = [], []
    for i, (tok, tag) in enumerate(pairs):
        cur.append((tok, tag))
        is_dot = set(tok) == {"."}
        next_dot = i + 1 < len(pairs) and set(pairs[i + 1][0]) == {"."}
        if is_dot and not next_dot:
            out.append(cur)
            cur = []
    if cur:
        out.append(cur)
    return out


def test_part(sents):
    """The last 1/6 of the words: test starts at the first sentence boundary at or after 5/6."""
    total = sum(len(s) for s in sents)
    cut, seen = total * 5 / 6, 0
    for i, s in enumerate(sents):
        if seen >= cut:
            return sents[i:], total
        seen += len(s)
    return [], total


def gold_spans(sent_pairs, offset):
    """Text of one sentence and its gold entities [(begin, end, type)] (CoNLL BIO decoding)."""
    spans, pos, cur = [], offset, None
    texts = []
    for tok, tag in sent_pairs:
        b, e = pos, pos + len(tok)
        texts.append(tok)
        pos = e + 1
        kind = tag[2:] if tag != "O" else None
        if tag.startswith("I-") and cur is not None and cur[2] == kind:
            cur[1] = e
            continue
        if cur is not None:
            spans.append(tuple(cur))
            cur = None
        if kind is not None:
            cur = [b, e, kind]
    if cur is not None:
        spans.append(tuple(cur))
    return " ".join(texts), spans


def build_documents(test_sents):
    docs = []
    for k in range(0, len(test_sents), SENTENCES_PER_DOC):
        lines, gold, off = [], [], 0
        for s in test_sents[k:k + SENTENCES_PER_DOC]:
            text, spans = gold_spans(s, off)
            lines.append(text)
            gold.extend(spans)
            off += len(text) + 1
        docs.append(("\n".join(lines), gold))
    return docs


def run_isnad(docs):
    if not os.path.exists(JAR):
        sys.exit("error: %s is missing; build it with `mvn -B -q package -DskipTests`" % JAR)
    with tempfile.TemporaryDirectory(prefix="isnad-anercorp-") as tmp:
        fname = os.path.join(tmp, "anercorp-test.jsonl")
        with open(fname, "w", encoding="utf-8") as f:
            for text, _ in docs:
                f.write(json.dumps({"text": text, "language": "ar"}, ensure_ascii=False) + "\n")
        proc = subprocess.run(["java", "-jar", JAR, "extract", "--format", "json", fname],
                              cwd=REPO, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    out = proc.stdout.decode("utf-8")
    if proc.returncode != 0:
        sys.stderr.write(proc.stderr.decode("utf-8", "replace"))
        sys.exit("error: isnad extract exited with %d" % proc.returncode)
    dec, objs, i = json.JSONDecoder(), [], 0
    while True:
        while i < len(out) and out[i].isspace():
            i += 1
        if i >= len(out):
            break
        obj, i = dec.raw_decode(out, i)
        objs.append(obj)
    if len(objs) != len(docs):
        sys.exit("error: %d documents sent, %d results read" % (len(docs), len(objs)))
    return objs


def predictions(result, text, notes):
    preds = set()
    for ent in result.get("entities", []):
        typ = TYPE_MAP.get(ent.get("type"))
        if typ is None:
            continue
        for m in ent.get("mentions", []):
            b, e = m["begin"], m["end"]
            if text[b:e] != m.get("text", text[b:e]):
                notes["mention text differs from document text at its offsets"] += 1
            preds.add((b, e, typ))
    return preds


def starts(text, b, e):
    """Possible starts of a span after stripping a one-letter clitic and/or the article."""
    out = {b}
    for s in list(out):
        if e - s > 1 and text[s] in CLITICS:
            out.add(s + 1)
    for s in list(out):
        if e - s > 2 and text.startswith(ARTICLE, s):
            out.add(s + 2)
    return out


def prf(tp, n_pred, n_gold):
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def main():
    path = sys.argv[1] if len(sys.argv) > 1 else DEFAULT_PATH
    pairs, notes = read_pairs(corpus_file(path))
    test, total_words = test_part(sentences(pairs))
    docs = build_documents(test)
    results = run_isnad(docs)

    gold_n = collections.Counter()
    pred_n = collections.Counter()
    tp_strict = collections.Counter()
    tp_len = collections.Counter()
    misc_fp = collections.Counter()
    for (text, gold), res in zip(docs, results):
        doc_text = res.get("document", {}).get("text")
        if doc_text is not None and doc_text != text:
            notes["document text changed by the reader"] += 1
        misc = {(b, e) for b, e, t in gold if t == "MISC"}
        gold = {g for g in gold if g[2] in TYPES}
        preds = predictions(res, text, notes)
        for _, _, t in gold:
            gold_n[t] += 1
        for _, _, t in preds:
            pred_n[t] += 1
        for p in preds:
            if p in gold:
                tp_strict[p[2]] += 1
            elif (p[0], p[1]) in misc:
                misc_fp[p[2]] += 1
        # lenient: one-to-one, exact matches first, then by stripped starts
        free = set(gold)
        pending = []
        for p in sorted(preds):
            if p in free:
                free.discard(p)
                tp_len[p[2]] += 1
            else:
                pending.append(p)
        for b, e, t in pending:
            ps = starts(text, b, e)
            for g in sorted(free):
                if g[1] == e and g[2] == t and ps & starts(text, g[0], g[1]):
                    free.discard(g)
                    tp_len[t] += 1
                    break

    n_words = sum(len(s) for s in test)
    print("ANERcorp test part: %d sentences, %d words (of %d), %d documents of <= %d sentences"
          % (len(test), n_words, total_words, len(docs), SENTENCES_PER_DOC))
    for k, v in sorted(notes.items()):
        print("note (corpus clean-up, whole file): %s: %d" % (k, v))
    print()
    head = "%-8s %6s %6s | %6s %6s %6s %6s | %6s %6s %6s %6s" % (
        "type", "gold", "pred", "TP", "P", "R", "F1", "TP~", "P~", "R~", "F1~")
    print("%-22s | %-27s | %s" % ("", "strict (exact span+type)", "lenient (clitic/article)"))
    print(head)
    print("-" * len(head))
    for t in TYPES + ("overall",):
        if t == "overall":
            g, n, s, l = (sum(c.values()) for c in (gold_n, pred_n, tp_strict, tp_len))
            print("-" * len(head))
        else:
            g, n, s, l = gold_n[t], pred_n[t], tp_strict[t], tp_len[t]
        ps, rs, fs = prf(s, n, g)
        pl, rl, fl = prf(l, n, g)
        print("%-8s %6d %6d | %6d %6.1f %6.1f %6.1f | %6d %6.1f %6.1f %6.1f" % (
            t, g, n, s, 100 * ps, 100 * rs, 100 * fs, l, 100 * pl, 100 * rl, 100 * fl))
    print()
    print("overall = micro average over PERS, LOC, ORG; gold MISC ignored.")
    if misc_fp:
        print("false positives whose span is exactly a gold MISC span: %s" % ", ".join(
            "%s %d" % (t, misc_fp[t]) for t in TYPES if misc_fp[t]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
