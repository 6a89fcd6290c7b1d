using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Settings;
using Portal.Search.Analysis;

namespace Portal.Search.Thesaurus;

/// <summary>
/// The thesaurus searches use: the file shipped with the portal until an administrator edits it, then the
/// edited text from the site settings. Another node picks an edit up within <see cref="RefreshInterval"/>.
/// </summary>
public sealed class ThesaurusSource(FrenchSearchAnalyzer analyzer, IServiceScopeFactory? scopes = null, TimeProvider? clock = null)
{
    public static readonly TimeSpan RefreshInterval = TimeSpan.FromSeconds(30);

    private readonly TimeProvider _clock = clock ?? TimeProvider.System;
    private Loaded _current = new(SearchThesaurus.DefaultText(), SearchThesaurus.Default(analyzer));
    private DateTimeOffset _checked = DateTimeOffset.MinValue;

    public SearchThesaurus Current => Volatile.Read(ref _current).Thesaurus;

    public string Text => Volatile.Read(ref _current).Text;

    /// <summary>Parses a text with this index's analysis (for a preview, without using it).</summary>
    public SearchThesaurus Parse(string text) => SearchThesaurus.Parse(text, analyzer);

    /// <summary>Uses a text from now on (the file's when null).</summary>
    public void Use(string? text)
    {
        var wanted = text ?? SearchThesaurus.DefaultText();
        if (!string.Equals(wanted, Text, StringComparison.Ordinal))
        {
            Volatile.Write(ref _current, new Loaded(wanted, Parse(wanted)));
        }
    }

    /// <summary>Reads the edited text from the settings when the last read is older than the interval.</summary>
    public async Task RefreshAsync(CancellationToken cancellationToken)
    {
        if (scopes is null || _clock.GetUtcNow() - _checked < RefreshInterval)
        {
            return;
        }

        _checked = _clock.GetUtcNow();
        await using var scope = scopes.CreateAsyncScope();
        var settings = await scope.ServiceProvider.GetRequiredService<SiteSettingsStore>().GetAsync(cancellationToken);
        Use(settings.Section<ThesaurusSettings>(ThesaurusSettings.Key).Text);
    }

    private sealed record Loaded(string Text, SearchThesaurus Thesaurus);
}
