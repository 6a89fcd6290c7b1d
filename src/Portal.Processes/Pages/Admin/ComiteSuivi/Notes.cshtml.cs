using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Portal.Core.Content;
using Portal.Processes.Content;
using Portal.Processes.Public;
using Portal.Processes.Recipes;

namespace Portal.Processes.Pages.Admin.ComiteSuivi;

/// <summary>
/// Writes the follow-up committee's scores per theme of one published process as a draft (the COPIL workflow publishes
/// it). Only this record is written here, at its known id; the themes offered are the published process's own.
/// </summary>
[Authorize(Policy = ProcessesPermissions.WriteAssessments)]
public sealed partial class ScoresModel(ContentStore store, AssessmentAccess access, PublicClock clock) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string Demarche { get; set; } = string.Empty;

    [BindProperty]
    public string ScaleMax { get; set; } = CommitteeScores.DefaultScale.ToString(CultureInfo.InvariantCulture);

    [BindProperty]
    public string Date { get; set; } = string.Empty;

    [BindProperty]
    public string? Overall { get; set; }

    [BindProperty]
    public List<ThemeEntry> Entries { get; set; } = [];

    [BindProperty]
    public string? Stamp { get; set; }

    public string ProcessTitle { get; private set; } = string.Empty;

    public IReadOnlyList<string> Themes { get; private set; } = [];

    public List<(string Field, string Message)> Errors { get; } = [];

    public bool Saved => Request.Query.ContainsKey("enregistre");

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (await RefusalAsync(cancellationToken) is { } refusal)
        {
            return refusal;
        }

        var latest = await store.GetLatestAsync(ProcessItemIds.CommitteeScores(Demarche), cancellationToken);
        var current = latest is null ? null : store.Types.Deserialize(latest.ContentType, latest.Data) as CommitteeScores;
        Date = (current?.Date ?? clock.Today).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        ScaleMax = (current?.ScaleMax ?? CommitteeScores.DefaultScale).ToString(CultureInfo.InvariantCulture);
        Overall = Show(current?.Overall);
        Stamp = latest?.ConcurrencyStamp;

        // Every theme of the process, then any the committee scored that the process no longer declares (refused on saving).
        var scored = current?.Scored ?? [];
        Entries = [.. Themes.Concat(scored.Select(s => s.Theme).Where(t => !Themes.Contains(t, StringComparer.Ordinal)))
            .Select(t => current?.For(t) is { } s ? new ThemeEntry { Theme = t, Score = Show(s.Score), Comment = s.Comment } : new ThemeEntry { Theme = t })];
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (await RefusalAsync(cancellationToken) is { } refusal)
        {
            return refusal;
        }

        if (Read() is not { } record)
        {
            return Page();
        }

        var author = User.Identity?.Name ?? "inconnu";
        var result = await store.SaveDraftAtAsync(
            new NewContentItem(record, author) { ContentItemId = ProcessItemIds.CommitteeScores(Demarche), ProcessId = Demarche }, Stamp ?? string.Empty, cancellationToken);
        if (!result.Succeeded)
        {
            Errors.Add((string.Empty, result.Outcome == ContentOutcome.Conflict
                ? "Quelqu'un a enregistré ces notes entre-temps : rechargez la page pour voir sa version."
                : "Les notes n'ont pas pu être enregistrées dans leur état actuel."));
            return Page();
        }

        return Redirect($"/admin/comite-de-suivi/notes?demarche={Uri.EscapeDataString(Demarche)}&enregistre=1");
    }

    /// <summary>The field a problem is about (its id in the form and its French label), from the record's path.</summary>
    public (string Id, string Label)? FieldOf(string path)
    {
        if (EntryPath().Match(path) is { Success: true } match)
        {
            var index = int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
            var theme = index < Entries.Count ? Entries[index].Theme : string.Empty;
            return match.Groups[2].Value == "comment" ? ($"comment-{index}", $"Commentaire — {theme}") : ($"score-{index}", $"Note — {theme}");
        }

        return path switch
        {
            "scaleMax" => ("scale-max", "Note maximale de l'échelle"),
            "date" => ("date", "Jour de la notation"),
            "overall" => ("overall", "Note d'ensemble"),
            "scores" => (Entries.Count > 0 ? "score-0" : "overall", "Notes par thème"),
            _ => null,
        };
    }

    public string? ErrorOf(string fieldId) =>
        Errors.Where(e => FieldOf(e.Field)?.Id == fieldId).Select(e => e.Message).FirstOrDefault();

    /// <summary>The record the form describes, or null with every problem in <see cref="Errors"/> (in French, by field).</summary>
    private CommitteeScores? Read()
    {
        if (!int.TryParse(ScaleMax?.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var scale))
        {
            Errors.Add(("scaleMax", "nombre entier attendu, par exemple 10"));
            scale = CommitteeScores.DefaultScale;
        }

        DateOnly date = default;
        if (!string.IsNullOrWhiteSpace(Date) && !DateOnly.TryParseExact(Date.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date))
        {
            Errors.Add(("date", "date attendue (aaaa-mm-jj)"));
        }

        decimal? overall = null;
        if (!string.IsNullOrWhiteSpace(Overall) && (overall = Parse(Overall)) is null)
        {
            Errors.Add(("overall", "nombre attendu, par exemple 3,3"));
        }

        // A theme left without a score is not scored; the record's rank of each scored theme maps back to its form row.
        var scores = new List<ThemeScore>();
        var rows = new List<int>();
        for (var i = 0; i < Entries.Count; i++)
        {
            var entry = Entries[i];
            var comment = string.IsNullOrWhiteSpace(entry.Comment) ? null : entry.Comment.Trim();
            if (string.IsNullOrWhiteSpace(entry.Score))
            {
                if (comment is not null)
                {
                    Errors.Add(($"scores[{i}].score", "donnez une note à ce thème, ou effacez son commentaire"));
                }

                continue;
            }

            if (Parse(entry.Score) is not { } value)
            {
                Errors.Add(($"scores[{i}].score", "nombre attendu, par exemple 3,3"));
                continue;
            }

            scores.Add(new ThemeScore(entry.Theme?.Trim() ?? string.Empty, value, comment));
            rows.Add(i);
        }

        var record = new CommitteeScores(date == default ? null : date, scores, overall, scale);
        void Report(string path, string message)
        {
            var row = EntryPath().Match(path);
            var field = row.Success ? $"scores[{rows[int.Parse(row.Groups[1].Value, CultureInfo.InvariantCulture)]}].{row.Groups[2].Value}" : path;
            if (!Errors.Any(e => e.Field == field))
            {
                Errors.Add((field, message));
            }
        }

        ProcessRules.Check(record, Report);
        ProcessRules.CheckThemes(record, Themes, Report);
        return Errors.Count == 0 ? record : null;
    }

    /// <summary>Not found for an unknown or unpublished process; refused for a process where this person has no seat.</summary>
    private async Task<IActionResult?> RefusalAsync(CancellationToken cancellationToken)
    {
        var published = string.IsNullOrEmpty(Demarche) ? null : await store.GetPublishedAsync(Demarche, cancellationToken);
        if (published is null || store.Types.Deserialize(published.ContentType, published.Data) is not Process process)
        {
            return NotFound();
        }

        (ProcessTitle, Themes) = (process.Title, process.Themes);
        return (await access.ForAsync(User, cancellationToken))(Demarche) ? null : Forbid();
    }

    /// <summary>« 3,3 » as typed in French or « 3.3 » as a number field sends it.</summary>
    private static decimal? Parse(string text) =>
        decimal.TryParse(text.Trim().Replace(',', '.'), NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value) ? value : null;

    private static string? Show(decimal? value) => value?.ToString("0.#", CultureInfo.InvariantCulture);

    [GeneratedRegex(@"^scores\[(\d+)\]\.(\w+)$", RegexOptions.CultureInvariant)]
    private static partial Regex EntryPath();

    /// <summary>One row of the form: a theme of the process, its score (blank: not scored) and a short comment.</summary>
    public sealed class ThemeEntry
    {
        public string Theme { get; set; } = string.Empty;

        public string? Score { get; set; }

        public string? Comment { get; set; }
    }
}
