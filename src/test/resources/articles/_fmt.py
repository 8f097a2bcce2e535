import json, sys
p = sys.argv[1]
g = json.load(open(p, encoding="utf-8"))
json.dump(g, open(p, "w", encoding="utf-8"), ensure_ascii=False, indent=1)
