"""Pools candidates to judge for each query of queries.tsv from several methods, so the judgments do not
favour the portal: a BM25 baseline over folded, suffix-stripped words, a character 4-gram TF-IDF baseline,
the portal's own run (relevance --run FILE), and a hand-written pattern of the query's concept (its synonyms,
as a journalist reading the data would look for them). Prints each query's candidates for reading.

Usage: python3 pool.py CORPUS.jsonl PORTAL_RUN.tsv [DEPTH]   (CORPUS from `relevance --dump FILE`)
"""
import json, math, re, sys, unicodedata
from collections import Counter, defaultdict

STOP = set("a au aux avec ce ces dans de des du elle en et eux il je la le les leur lui ma mais me meme mes moi mon ne nos notre nous on ou par pas pour qu que qui sa se ses son sur ta te tes toi ton tu un une vos votre vous c d j l m n s t y est sont faut comment quoi quel quelle quels quelles pourquoi ils elles citoyens proposent veulent".split())

# The concept behind each query, as someone reading the data would search for it (accents folded, lower case).
CONCEPTS = {
    "q01": r"renov|isol", "q02": r"passoire|isol|renov", "q03": r"isol|renov|precarite energ",
    "q04": r"vols? (interieur|domestique)|avion|aerien", "q05": r"vitesse|110|80 km|km/h", "q06": r"voiture|automobile|vehicule",
    "q07": r"voiture|automobile|vehicule|velo|pieton|stationnement", "q08": r"gratui|transports? (en commun|collectif|public)",
    "q09": r"ferroviaire|fret|train|rail", "q10": r"velo|cycl", "q11": r"\bisf\b|fortune", "q12": r"\bisf\b|fortune",
    "q13": r"evasion|paradis fiscau|fraude fiscale|optimisation fiscale|expatri", "q14": r"\bcsg\b", "q15": r"retraite",
    "q16": r"referendum|\bric\b|initiative (citoyenne|populaire)", "q17": r"parlementaire|deputes|senat|nombre d.elus",
    "q18": r"vote blanc|blanc", "q19": r"revenu (universel|de base)", "q20": r"numerique|internet|informatique|illectronisme",
    "q21": r"numerique|internet|informatique|illectronisme", "q22": r"donnees personnelles|vie privee|big data|rgpd",
    "q23": r"publicit", "q24": r"obsolescence|reparab|duree de vie", "q25": r"senat", "q26": r"circuits? courts?|locaux|local|proximite",
    "q27": r"cantine|restauration collective|vegetarien|repas", "q28": r"pesticide|glyphosate|bio\b|biologique|agroecolog",
    "q29": r"dechet|recycl|emballage|consigne|plastique", "q30": r"renouvelable|solaire|eolien|photovolta|energie",
    "q31": r"linky|compteur", "q32": r"biodiversite|especes|faune|flore|ecosysteme", "q33": r"artificialis|betonis|etalement urbain|terres agricoles",
    "q34": r"chomage|chomeur|emploi", "q35": r"fin de vie|euthanasie|suicide assiste", "q36": r"immigr|migrant|asile|etranger",
    "q37": r"services? publics?|rural|campagne|desert", "q38": r"\btva\b", "q39": r"kerosene|avion|aerien",
    "q40": r"depenses? publiques?|economies", "q41": r"privilege|avantages? des elus|indemnit|train de vie", "q42": r"internet|numerique|reseau|fibre|haut debit",
    "q43": r"transition ecologique", "q44": r"sd-a1\.1", "q45": r"eau potable|\beau\b", "q46": r"comunidad|energetic|solar|fotovolta",
    "q47": r"residu|reutiliz|reciclaj|envase", "q48": r"pollution|qualite de l.air|sante",
}

def fold(text):
    return "".join(c for c in unicodedata.normalize("NFD", text.lower()) if unicodedata.category(c) != "Mn")

def words(text):
    out = []
    for w in re.findall(r"[a-z0-9]+", fold(text)):
        if w in STOP:
            continue
        for suffix in ("ements", "ement", "ations", "ation", "ites", "ite", "es", "s", "x", "e"):
            if len(w) > len(suffix) + 3 and w.endswith(suffix):
                w = w[: -len(suffix)]
                break
        out.append(w)
    return out

def grams(text, n=4):
    t = " " + re.sub(r"\s+", " ", fold(text)) + " "
    return [t[i:i + n] for i in range(len(t) - n + 1)]

def bm25(docs, query, k1=1.2, b=0.75):
    n = len(docs); avg = sum(len(d) for d in docs.values()) / n
    df = Counter(t for d in docs.values() for t in set(d))
    scores = {}
    for doc_id, terms in docs.items():
        tf = Counter(terms); s = 0.0
        for q in set(query):
            if q in tf:
                idf = math.log(1 + (n - df[q] + 0.5) / (df[q] + 0.5))
                s += idf * tf[q] * (k1 + 1) / (tf[q] + k1 * (1 - b + b * len(terms) / avg))
        if s > 0:
            scores[doc_id] = s
    return sorted(scores, key=scores.get, reverse=True)

def tfidf_cosine(docs, query):
    n = len(docs); df = Counter(g for d in docs.values() for g in set(d))
    def vec(terms):
        tf = Counter(terms); v = {g: c * math.log(n / (1 + df.get(g, 0)) + 1) for g, c in tf.items()}
        norm = math.sqrt(sum(x * x for x in v.values())) or 1
        return {g: x / norm for g, x in v.items()}
    qv = vec(query)
    scores = {i: sum(w * dv.get(g, 0) for g, w in qv.items()) for i, dv in ((i, vec(d)) for i, d in docs.items())}
    return [i for i in sorted(scores, key=scores.get, reverse=True) if scores[i] > 0]

def main():
    corpus = [json.loads(line) for line in open(sys.argv[1], encoding="utf-8")]
    depth = int(sys.argv[3]) if len(sys.argv) > 3 else 15
    text = {d["id"]: " ".join(filter(None, [d["title"], d["title"], d["body"], d.get("response"), d.get("followUps")])) for d in corpus}
    by_words = {i: words(t) for i, t in text.items()}
    by_grams = {i: grams(t) for i, t in text.items()}
    portal = defaultdict(list)
    for line in open(sys.argv[2], encoding="utf-8"):
        q, doc, _ = line.rstrip("\n").split("\t"); portal[q].append(doc)
    queries = [l.rstrip("\n").split("\t") for l in open("queries.tsv", encoding="utf-8") if l.strip() and not l.startswith("#")]
    for qid, query in queries:
        pool = []
        for ranking in (bm25(by_words, words(query)), tfidf_cosine(by_grams, grams(query)), portal[qid]):
            pool += ranking[:depth]
        pattern = re.compile(CONCEPTS.get(qid, r"(?!)"))
        pool += [i for i in text if pattern.search(fold(text[i]))][:40]
        seen = list(dict.fromkeys(pool))
        print(f"## {qid} {query} ({len(seen)} candidats)")
        for i in seen:
            d = next(x for x in corpus if x["id"] == i)
            body = re.sub(r"\s+", " ", d["body"])[:150]
            print(f"{i} | {d['title'][:70]} | {body}")

if __name__ == "__main__":
    main()
