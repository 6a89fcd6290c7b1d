using Portal.Core.Text;

namespace Portal.Processes.Content;

/// <summary>Rules of a process's documents, speakers' declarations and structured evaluation.</summary>
public static partial class ProcessRules
{
    public static void Check(DocumentItem document, Report report)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(report);
        if (!DocumentKinds.IsKnown(document.DocumentType))
        {
            report("documentType", $"type de document inconnu « {document.DocumentType} » (possibles : {string.Join(", ", DocumentKinds.All.Select(k => $"« {k.Key} »"))})");
        }

        Required(document.Title, "title", "le titre du document", report);
        var hasMedia = !string.IsNullOrEmpty(document.MediaId);
        var hasUrl = !string.IsNullOrEmpty(document.Url);
        if (hasMedia == hasUrl)
        {
            report(hasMedia ? "url" : "mediaId", "un document a soit un fichier de la médiathèque, soit une adresse externe (l'un des deux, pas les deux)");
        }

        if (hasMedia && !IsMediaId(document.MediaId!))
        {
            report("mediaId", "l'identifiant d'un média compte 32 chiffres hexadécimaux en minuscules");
        }

        if (hasUrl)
        {
            if (!IsWebAddress(document.Url))
            {
                report("url", "adresse web (http ou https) attendue");
            }

            if (!DocumentFormats.IsKnown(document.Format))
            {
                report("format", $"format attendu pour un document externe (possibles : {string.Join(", ", DocumentFormats.Keys)})");
            }
        }

        if (document.SizeBytes is < 0)
        {
            report("sizeBytes", "la taille ne peut pas être négative");
        }

        if (document.AlternativeUrl is { Length: > 0 } alternative && !WebAddresses.IsAbsolute(alternative) && !WebAddresses.IsSitePath(alternative))
        {
            report("alternativeUrl", "adresse web (http ou https) ou chemin du site attendu");
        }

        if (document.NotAccessible && string.IsNullOrWhiteSpace(document.AlternativeUrl) && string.IsNullOrWhiteSpace(document.AlternativeContact))
        {
            report("alternativeContact", "un document non accessible indique une version accessible ou à qui la demander (RGAA)");
        }
    }

    public static void Check(Speaker speaker, Report report)
    {
        ArgumentNullException.ThrowIfNull(speaker);
        ArgumentNullException.ThrowIfNull(report);
        if (speaker.SpeakerKind is { } kind && !SpeakerKinds.IsKnown(kind))
        {
            report("speakerKind", $"type d'intervenant inconnu « {kind} » (possibles : {string.Join(", ", SpeakerKinds.All.Select(k => $"« {k.Key} »"))})");
        }

        if (speaker.Interests is not { } interests)
        {
            return;
        }

        var links = interests.Links ?? [];
        if (interests.NoneDeclared && links.Count > 0)
        {
            report("interests.links", "« aucun lien déclaré » et des liens déclarés à la fois : choisissez");
        }
        else if (!interests.NoneDeclared && links.Count == 0)
        {
            report("interests.links", "une déclaration d'intérêts liste les liens déclarés, ou coche « aucun lien déclaré »");
        }

        for (var i = 0; i < links.Count; i++)
        {
            Required(links[i].Organisation, $"interests.links[{i}].organisation", "l'organisation", report);
            Required(links[i].Nature, $"interests.links[{i}].nature", "la nature du lien", report);
        }
    }

    public static void Check(Evaluation evaluation, Report report)
    {
        ArgumentNullException.ThrowIfNull(evaluation);
        ArgumentNullException.ThrowIfNull(report);
        if (evaluation.EvaluatorKind is { } kind && !EvaluatorKinds.IsKnown(kind))
        {
            report("evaluatorKind", $"évaluateur inconnu « {kind} » (possibles : {string.Join(", ", EvaluatorKinds.All.Select(k => $"« {k.Key} »"))})");
        }

        var scale = evaluation.RatingScale ?? [];
        if (scale.Any(string.IsNullOrWhiteSpace) || scale.Distinct(StringComparer.Ordinal).Count() != scale.Count)
        {
            report("ratingScale", "l'échelle de notation liste des niveaux non vides et distincts, du plus faible au plus fort");
        }

        var dimensions = evaluation.Dimensions ?? [];
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < dimensions.Count; i++)
        {
            var path = $"dimensions[{i}]";
            if (!EvaluationDimensions.IsKnown(dimensions[i].Dimension))
            {
                report(path + ".dimension", $"dimension inconnue « {dimensions[i].Dimension} » (possibles : {string.Join(", ", EvaluationDimensions.All.Select(k => $"« {k.Key} »"))})");
            }
            else if (!seen.Add(dimensions[i].Dimension))
            {
                report(path + ".dimension", $"dimension « {dimensions[i].Dimension} » en double");
            }

            Required(dimensions[i].Findings, path + ".findings", "les constats", report);
            if (dimensions[i].Rating is { } rating && !scale.Contains(rating, StringComparer.Ordinal))
            {
                report(path + ".rating", $"note « {rating} » hors de l'échelle de l'évaluation ({string.Join(", ", scale.Select(s => $"« {s} »"))})");
            }
        }

        var survey = evaluation.Survey ?? [];
        for (var i = 0; i < survey.Count; i++)
        {
            var path = $"survey[{i}]";
            Required(survey[i].Label, path + ".label", "l'intitulé du résultat", report);
            if (survey[i].Respondents < 1)
            {
                report(path + ".respondents", "le nombre de répondants est d'au moins 1");
            }

            if (survey[i].Unit == "%" && survey[i].Value is < 0 or > 100)
            {
                report(path + ".value", "un pourcentage est compris entre 0 et 100");
            }
        }
    }

    private static bool IsMediaId(string id) => id.Length == 32 && id.All(char.IsAsciiHexDigitLower);
}
