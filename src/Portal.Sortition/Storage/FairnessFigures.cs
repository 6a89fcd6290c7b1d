using System.Globalization;
using System.Text.Json;
using Portal.Sortition.Drawing;

namespace Portal.Sortition.Storage;

/// <summary>
/// What a fair lottery actually achieved, as the public page and the kit state it (never more):
/// <see cref="Method"/> is the method whose table was committed (LEXIMIN only when it improved on
/// maximin once rounded); <see cref="MinimumTickets"/> is the smallest number of the 1,000 tickets any
/// volunteer holds (anyone can recount it from panels.csv); <see cref="Optimum"/> is maximin's exact
/// optimum when <see cref="OptimumProven"/>, else the best level found, and <see cref="UpperBound"/> a
/// proven ceiling on it; <see cref="EqualWithinProfiles"/>: volunteers with the same values on the
/// quota features hold exactly as many tickets (otherwise at most one apart).
/// </summary>
public sealed record FairnessFigures(
    DrawMethod Method,
    int MinimumTickets,
    double Optimum,
    bool OptimumProven,
    double UpperBound,
    int LeximinLevels,
    bool LeximinComplete,
    bool EqualWithinProfiles)
{
    private static readonly JsonSerializerOptions Json = new() { Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter() } };

    public double MinimumProbability => MinimumTickets / (double)LotteryTable.TotalTickets;

    /// <summary>The rounded-down optimum in tickets: the rounding guarantees everyone at least this.</summary>
    public int OptimumTickets => (int)Math.Floor((Optimum * LotteryTable.TotalTickets) + 1e-6);

    public string ToJson() => JsonSerializer.Serialize(this, Json);

    public static FairnessFigures? FromJson(string? json) => json is null ? null : JsonSerializer.Deserialize<FairnessFigures>(json, Json);

    /// <summary>The French statement of these figures, one sentence per line, for the public page, the kit and the operator.</summary>
    public IReadOnlyList<string> Statement()
    {
        var fr = Portal.Core.Text.French.Culture;
        var lines = new List<string>
        {
            string.Create(fr, $"Chance minimale d'être tiré : {MinimumProbability:P1} ({MinimumTickets} billets sur {LotteryTable.TotalTickets:N0}) ; la probabilité de chaque volontaire est dans probabilites.csv."),
            OptimumProven
                ? string.Create(fr, $"Optimum prouvé : aucune loterie respectant les quotas ne donne à tous plus de {Optimum:P2} ; l'arrondi à {LotteryTable.TotalTickets:N0} billets laisse chacun à {OptimumTickets} billets au moins.")
                : string.Create(fr, $"Optimum non prouvé : le calcul s'est arrêté à son budget de temps à {Optimum:P2} ; l'optimum est au plus {UpperBound:P2}."),
        };
        if (Method == DrawMethod.Leximin)
        {
            lines.Add(LeximinComplete
                ? "LEXIMIN complet : chaque chance a été relevée autant que possible sans baisser les plus petites."
                : $"LEXIMIN partiel : {LeximinLevels} niveau(x) fixé(s) avant la fin du budget ; au-delà, les chances ne sont pas garanties maximales.");
        }

        lines.Add(EqualWithinProfiles
            ? "Les volontaires de même profil (mêmes valeurs sur les critères des quotas) ont exactement la même chance."
            : "Les volontaires de même profil (mêmes valeurs sur les critères des quotas) ont la même chance à un billet près.");
        return lines;
    }
}
