using System.Net;
using Portal.Core.Identity;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Admin;

/// <summary>Fields bound to a site vocabulary are chosen by their French label; the error summary names fields in French and links to them.</summary>
public sealed class VocabularyFormTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private const string Process = "demo-cu-vivre-demain-2036";

    private static string ResponseForm(string code) =>
        $"/admin/contenu/modifier?type=ReponseMotivee&process={Process}&container={Uri.EscapeDataString($"{Process}/proposition/{code}")}&id={Uri.EscapeDataString($"{Process}/proposition/{code}/reponse")}";

    [Fact]
    public async Task A_response_decision_is_chosen_from_the_vocabulary_by_its_french_label()
    {
        using var editor = await BrowserlessUser.SignedInAsync(factory, PortalRoles.Editor);

        var page = await editor.GetAsync(ResponseForm("P-1"));

        var select = page.QuerySelector("select[name=decision]");
        Assert.NotNull(select);
        var options = select.QuerySelectorAll("option").Select(o => (o.GetAttribute("value"), o.TextContent)).ToList();
        Assert.Contains(("retenue-partiellement", "Retenue partiellement"), options);
        Assert.Contains(("hors-competence", "Hors compétence"), options);
        Assert.Null(page.QuerySelector("input[name=decision]"));
        Assert.Equal("f-decision", page.QuerySelector("label[for=f-decision]") is null ? null : select.Id);
    }

    [Fact]
    public async Task A_follow_up_status_is_chosen_from_the_vocabulary()
    {
        using var editor = await BrowserlessUser.SignedInAsync(factory, PortalRoles.Editor);

        var page = await editor.GetAsync($"/admin/contenu/modifier?type=Suivi&process={Process}&container={Uri.EscapeDataString($"{Process}/proposition/P-1")}");

        var labels = page.QuerySelectorAll("select[name=status] option").Select(o => o.TextContent).ToList();
        Assert.Contains("Réalisée", labels);
        Assert.Contains("Abandonnée", labels);
    }

    [Fact]
    public async Task The_error_summary_names_fields_in_french_and_links_to_them()
    {
        using var editor = await BrowserlessUser.SignedInAsync(factory, PortalRoles.Editor);

        var response = await editor.SubmitAsync(ResponseForm("P-2"), "form.stacked-form", new() { ["motivation"] = "  ", ["deadline"] = "demain" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await BrowserlessUser.ParseAsync("/admin/contenu/modifier", response);
        var links = page.QuerySelectorAll("[role=alert] li a").ToDictionary(a => a.TextContent, a => a.GetAttribute("href")!);
        Assert.Equal("#f-deadline", links["Échéance"]);
        Assert.NotNull(page.GetElementById(links["Échéance"][1..]));
        Assert.DoesNotContain(links.Keys, k => k is "deadline" or "motivation");
    }
}
