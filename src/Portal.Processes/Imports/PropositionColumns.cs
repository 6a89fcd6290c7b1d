using System.Globalization;
using System.Text;

namespace Portal.Processes.Imports;

/// <summary>Finds the proposition columns of a table by their usual French, English and Decidim names.</summary>
public sealed record PropositionColumns(int? Code, int? Title, int? Text, int? Theme, int? Decision, int? Motivation, int? BodyInCharge)
{
    private static readonly string[] CodeNames = ["code", "numero", "n", "id", "reference"];
    private static readonly string[] TitleNames = ["titre", "title", "title/fr", "intitule"];
    private static readonly string[] TextNames = ["texte", "text", "body", "proposition", "description", "contenu", "body/fr"];
    private static readonly string[] ThemeNames = ["theme", "thematique", "category/name/fr", "categorie", "axe", "saisine"];
    private static readonly string[] DecisionNames = ["decision", "reponse"];
    private static readonly string[] MotivationNames = ["motivation", "justification"];
    private static readonly string[] BodyNames = ["instance", "instance chargee", "porteur", "service"];

    public static PropositionColumns Find(IReadOnlyList<string> header)
    {
        ArgumentNullException.ThrowIfNull(header);
        var names = header.Select(Normalise).ToList();
        int? Index(string[] candidates) => candidates.Select(c => names.IndexOf(c)).Where(i => i >= 0).Select(i => (int?)i).FirstOrDefault();
        return new PropositionColumns(Index(CodeNames), Index(TitleNames), Index(TextNames), Index(ThemeNames), Index(DecisionNames), Index(MotivationNames), Index(BodyNames));
    }

    /// <summary>Lower case, no accents, no surrounding spaces: « Thématique » and « thematique » are the same column.</summary>
    public static string Normalise(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var builder = new StringBuilder();
        foreach (var c in name.Trim().Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                builder.Append(char.ToLowerInvariant(c));
            }
        }

        return builder.ToString();
    }
}
