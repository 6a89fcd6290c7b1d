using System.Globalization;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Portal.Core.Content;
using Portal.Core.Identity;
using Portal.Processes.Content;

namespace Portal.Tests.Browser;

/// <summary>
/// A release of 200 propositions with their responses through the real pages in Chromium: import, one lot built with
/// « tout sélectionner », its progress bar, two members validating from their inbox, one publication, the public page.
/// </summary>
public sealed class LotBrowserTests(BrowserPortal portal) : IClassFixture<BrowserPortal>
{
    private const int Count = 200;
    private const string ProcessId = "consultation-navigateur";
    private const string Slug = "consultation-dans-le-navigateur";

    [Fact]
    public async Task Two_hundred_propositions_are_imported_submitted_as_one_lot_validated_and_published()
    {
        BrowserPortal.SkipWithoutChromium();
        await PublishedProcessAsync();
        var editor = await portal.SignedInPageAsync(PortalRoles.Editor);
        var member1 = await portal.SignedInPageAsync(PortalRoles.CopilMember);
        var member2 = await portal.SignedInPageAsync(PortalRoles.CopilMember);

        // Import with responses.
        await editor.GotoAsync($"/admin/demarches/{ProcessId}/import");
        await editor.GetByLabel("Fichier CSV ou Word (.docx), 20 Mo au plus").SetInputFilesAsync(new FilePayload { Name = "reponses.csv", MimeType = "text/csv", Buffer = Csv() });
        await editor.GetByRole(AriaRole.Button, new() { Name = "Analyser le fichier" }).ClickAsync();
        await editor.GetByRole(AriaRole.Button, new() { Name = $"Importer les {Count} propositions" }).ClickAsync();
        await FollowJobAsync(editor, $"{Count} ligne(s) importée(s) en brouillon");

        // One lot: every box ticked at once.
        await editor.GotoAsync($"/admin/demarches/{ProcessId}");
        await editor.GetByRole(AriaRole.Button, new() { Name = "Soumettre les brouillons au COPIL en un lot" }).ClickAsync();
        await editor.GetByLabel("Nom du lot (obligatoire)").FillAsync("Réponses de l'assemblée du 20 octobre");
        await editor.GetByRole(AriaRole.Checkbox, new() { Name = "Tout sélectionner" }).CheckAsync();
        await Assertions.Expect(editor.GetByLabel("Seulement les éléments cochés ci-dessous")).ToBeCheckedAsync();
        Assert.Equal(2 * Count, await editor.Locator("input[name=selection]:checked").CountAsync());
        await editor.GetByRole(AriaRole.Button, new() { Name = "Soumettre le lot au COPIL" }).First.ClickAsync();
        await FollowJobAsync(editor, $"{2 * Count} élément(s) du lot sont maintenant « Soumis au COPIL »");

        // Each member validates from the inbox, with « tout sélectionner ».
        foreach (var member in new[] { member1, member2 })
        {
            await member.GotoAsync("/admin");
            await member.GetByRole(AriaRole.Link, new() { Name = "À valider : 1 soumission(s) ou lot(s) en attente de votre action" }).ClickAsync();
            await member.GetByRole(AriaRole.Checkbox, new() { Name = "Tout sélectionner" }).First.CheckAsync();
            await Assertions.Expect(member.GetByRole(AriaRole.Checkbox, new() { Name = "Réponses de l'assemblée du 20 octobre" })).ToBeCheckedAsync();
            await member.GetByRole(AriaRole.Button, new() { Name = "Valider la sélection" }).First.ClickAsync();
            await Assertions.Expect(member.GetByRole(AriaRole.Status).First).ToContainTextAsync("1 lot(s) traité(s).");
        }

        // The editor publishes the lot by one action.
        await editor.GotoAsync("/admin/lots");
        await editor.GetByRole(AriaRole.Link, new() { Name = "Réponses de l'assemblée du 20 octobre" }).ClickAsync();
        await Assertions.Expect(editor.Locator("dl.summary")).ToContainTextAsync("Validé par le COPIL");
        await editor.GetByRole(AriaRole.Button, new() { Name = $"Publier le lot ({2 * Count} élément(s))" }).ClickAsync();
        await FollowJobAsync(editor, "maintenant « Publié »");

        await using var visitorContext = await portal.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = portal.BaseUrl });
        var visitor = await visitorContext.NewPageAsync();
        await visitor.GotoAsync($"/demarches/{Slug}");
        await Assertions.Expect(visitor.Locator("#propositions")).ToContainTextAsync($"Propositions ({Count})");
    }

    /// <summary>The job's page shows its progress bar, then its outcome and the link to the result, which is followed.</summary>
    private static async Task FollowJobAsync(IPage page, string outcome)
    {
        await Assertions.Expect(page.GetByRole(AriaRole.Progressbar, new() { Name = "Avancement" })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Voir le résultat" })).ToBeVisibleAsync(new() { Timeout = 60_000 });
        await Assertions.Expect(page.Locator("#tache")).ToContainTextAsync(outcome);
        await page.GetByRole(AriaRole.Link, new() { Name = "Voir le résultat" }).ClickAsync();
    }

    private async Task PublishedProcessAsync()
    {
        await using var scope = portal.Factory.Services.CreateAsyncScope();
        var store = scope.ServiceProvider.GetRequiredService<ContentStore>();
        var created = await store.CreateAsync(
            new NewContentItem(new Process("Consultation dans le navigateur", Slug, "Deux cents propositions.", "Département", "Territoire", [], new DateOnly(2026, 1, 1)), "recette") { ContentItemId = ProcessId },
            TestContext.Current.CancellationToken);
        Assert.True((await store.PublishAsync(ProcessId, created.Version!.Version, "recette", cancellationToken: TestContext.Current.CancellationToken)).Succeeded);
    }

    private static byte[] Csv()
    {
        var csv = new StringBuilder("code;titre;texte;thème;décision;motivation;instance\n");
        for (var i = 1; i <= Count; i++)
        {
            csv.Append(CultureInfo.InvariantCulture, $"N-{i:000};Proposition {i};Texte de la proposition {i}.;Thème {i % 7};retenue;Motivation de la réponse {i}.;Conseil départemental\n");
        }

        return Encoding.UTF8.GetBytes(csv.ToString());
    }
}
