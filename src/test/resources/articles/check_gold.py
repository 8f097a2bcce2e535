import json, sys, glob, os
d = os.path.dirname(os.path.abspath(__file__))
ok = True
for g in sorted(glob.glob(os.path.join(d, "*.gold.json"))):
    try:
        gold = json.load(open(g, encoding="utf-8"))
    except Exception as e:
        print("BAD JSON", g, e); ok = False; continue
    txtp = os.path.join(os.path.dirname(g), gold["doc"])
    text = open(txtp, encoding="utf-8").read()
    lines = text.split("\n")
    n = len(lines) - (1 if lines[-1] == "" else 0)
    errs = []
    for k in ("doc", "lang", "note", "entities", "meetings", "claims", "published"):
        if k not in gold: errs.append("missing key " + k)
    names = set()
    for e in gold["entities"]:
        if e["type"] not in ("Person", "Organization", "State", "Place"): errs.append("type " + e["name"])
        if e["name"] in names: errs.append("dup name " + e["name"])
        names.add(e["name"])
        for f in e["forms"]:
            if f not in text: errs.append(f"form not in text: {e['name']}: {f}")
    for m in gold["meetings"]:
        if m["status"] not in ("planned", "occurred", "possible", "cancelled", "postponed", "denied"): errs.append("status " + m["id"])
        for p in m["participants"]:
            if p not in names: print(f"    note: generic participant {m['id']}: {p}")
        for l in m["lines"]:
            if not (0 <= l < n): errs.append(f"meeting line out of range {m['id']} {l}")
    for c in gold["claims"]:
        if c["stance"] not in ("assert", "deny", "warn", "urge", "accuse", "promise", "condemn"): errs.append("stance " + c["id"])
        cl = c["claimant"] if isinstance(c["claimant"], list) else [c["claimant"]]
        for w in cl:
            if w not in names and not w.startswith("anonymous"): errs.append(f"claimant not entity {c['id']}: {w}")
        if "via" in c and c["via"] not in names: errs.append(f"via not entity {c['id']}: {c['via']}")
        if not (0 <= c["line"] < n): errs.append(f"claim line out of range {c['id']}")
    for o in gold.get("optional", []):
        if o not in text: errs.append("optional not in text: " + o)
    if not (8 <= n <= 20): errs.append(f"line count {n}")
    print(os.path.basename(g), "lines", n, "ents", len(gold["entities"]), "meet", len(gold["meetings"]), "claims", len(gold["claims"]), "OK" if not errs else "")
    for e in errs: print("   ", e); ok = False
sys.exit(0 if ok else 1)
