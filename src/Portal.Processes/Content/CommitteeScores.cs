using System.Globalization;
using System.Text.Json.Serialization;
using Portal.Core.Content;
using Portal.Core.Text;

namespace Portal.Processes.Content;

/// <summary>
/// The citizens' follow-up committee's scores of what the organiser made of a process, theme by theme (themes of the
/// process) and optionally overall, on a stated scale from 0 to <see cref="ScaleMax"/> (one decimal allowed), given
/// on <see cref="Date"/>: after the Convention citoyenne pour le climat, its members graded the government's response
/// 3.3 out of 10. One item per process, the committee's voice, published through the same COPIL workflow. The date is
/// nullable only so that a recipe without it is refused by <see cref="ProcessRules"/> in French, by path; a saved record has one.
/// </summary>
public sealed record CommitteeScores(DateOnly? Date = null, IReadOnlyList<ThemeScore>? Scores = null, decimal? Overall = null, int ScaleMax = CommitteeScores.DefaultScale) : IDisplayText
{
    public const int DefaultScale = 10;

    /// <summary>The longest comment on one theme: a short comment, the justification belongs to the per-proposition assessments.</summary>
    public const int CommentMaxLength = 500;

    [JsonIgnore]
    public string DisplayText => "Notes du comité de suivi par thème";

    /// <summary>« 3,3 sur 10 »: a score always said with its scale, never a bare number.</summary>
    public string OutOf(decimal score) => $"{score.ToString("0.#", French.Culture)} sur {ScaleMax.ToString(CultureInfo.InvariantCulture)}";

    /// <summary>The themes scored, in the committee's order (none when only the overall score is given).</summary>
    [JsonIgnore]
    public IReadOnlyList<ThemeScore> Scored => Scores ?? [];

    public ThemeScore? For(string theme) => Scored.FirstOrDefault(s => string.Equals(s.Theme, theme, StringComparison.Ordinal));
}

/// <summary>The committee's score of one theme of the process, with an optional short comment.</summary>
public sealed record ThemeScore(string Theme, decimal Score, string? Comment = null);
