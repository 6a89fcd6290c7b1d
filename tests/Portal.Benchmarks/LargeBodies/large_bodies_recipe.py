"""Adds five propositions of about 1 MB each to the first process of a demo recipe: paragraphs of about
1 KB of ordinary sentences, each mentioning « transition » once (about 1,000 matches per body)."""
import json
import sys

source, target, count = sys.argv[1], sys.argv[2], int(sys.argv[3]) if len(sys.argv) > 3 else 5
recipe = json.load(open(source, encoding="utf-8"))
process = recipe["steps"][0]["processes"][0]
paragraph = " ".join([
    "Les habitants des communes rurales demandent des transports réguliers vers les bourgs.",
    "Une ligne de car à la demande relierait chaque village à la gare la plus proche.",
    "Les aides à la rénovation des logements anciens doivent être simplifiées.",
    "Un guichet unique accompagnerait les propriétaires modestes dans leurs démarches.",
    "La transition des exploitations agricoles vers des pratiques durables sera soutenue.",
    "Les cantines scolaires serviront davantage de produits locaux et de saison.",
    "Les communes mutualiseront leurs achats d'énergie pour en réduire le coût.",
    "Les associations locales seront associées au suivi de chaque mesure retenue.",
    "Un bilan public sera présenté chaque année devant le conseil communautaire.",
    "Les jeunes du territoire seront consultés sur les projets qui les concernent.",
    "Les haies et les zones humides seront protégées dans les documents d'urbanisme.",
]) + "\n\n"
body = paragraph * (1024 * 1024 // len(paragraph) + 1)
template = process["propositions"][0]
for i in range(1, count + 1):
    process["propositions"].append({"code": f"G-{i}", "title": f"Grande proposition {i}", "theme": template["theme"], "text": body})
json.dump(recipe, open(target, "w", encoding="utf-8"), ensure_ascii=False)
