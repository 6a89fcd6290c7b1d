using System.Net;
using Portal.Core.Identity;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Charter;

/// <summary>Documents, speakers and the evaluation through the back office's generated forms.</summary>
public sealed class CharterEditingTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private const string Process = "demo-departement-assemblee-citoyenne-2022";

    [Fact]
    public async Task Editor_adds_an_external_document_and_a_document_not_accessible_needs_its_alternative()
    {
        using var editor = await BrowserlessUser.SignedInAsync(factory, PortalRoles.Editor);
        var form = $"/admin/contenu/modifier?type=DocumentDemarche&process={Process}";
        var fields = new Dictionary<string, string>
        {
            ["documentType"] = "autre",
            ["title"] = "Synthèse des contributions en ligne",
            ["date"] = "2022-06-01",
            ["url"] = "https://exemple.fr/monts-orvale/contributions.pdf",
            ["format"] = "pdf",
            ["sizeBytes"] = "2048",
            ["notAccessible"] = "true",
        };

        var refused = await editor.SubmitAsync(form, "form.stacked-form", fields);
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("RGAA", await refused.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);

        fields["alternativeContact"] = "participation@monts-orvale.exemple.fr";
        var saved = await editor.SubmitAsync(form, "form.stacked-form", fields);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);

        var preview = await editor.GetAsync($"/admin/apercu/{Process}");
        var item = preview.QuerySelectorAll("section[aria-labelledby=documents] li")
            .Single(li => li.TextContent.Contains("Synthèse des contributions en ligne", StringComparison.Ordinal));
        Assert.Equal("(PDF, 2 ko)", item.QuerySelector(".file-facts")!.TextContent);
        Assert.Contains("Document non accessible.", item.TextContent, StringComparison.Ordinal);
        var page = await factory.GetDocumentAsync("/demarches/assemblee-citoyenne-departementale-2022-2023");
        Assert.DoesNotContain("Synthèse des contributions en ligne", page.QuerySelector("section[aria-labelledby=documents]")!.TextContent, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Process + "/intervenant/bernard-soulier", "interests")]
    [InlineData(Process + "/evaluation", "survey")]
    [InlineData(Process + "/document/deliberation-deliberation-de-l-assemblee-departementale-du-14-octobre-202", "documentType")]
    public async Task The_edit_forms_of_speakers_evaluation_and_documents_show_the_new_fields(string id, string field)
    {
        using var editor = await BrowserlessUser.SignedInAsync(factory, PortalRoles.Editor);

        var form = await editor.GetAsync($"/admin/contenu/modifier?id={Uri.EscapeDataString(id)}");

        Assert.NotNull(form.QuerySelector($"form.stacked-form [name^='{field}']"));
    }
}
