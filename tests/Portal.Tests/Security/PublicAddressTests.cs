using System.Net;
using System.Text.RegularExpressions;
using MimeKit;
using Portal.Core.Identity;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Security;

/// <summary>
/// Password-reset poisoning: every absolute link comes from <c>Portal:PublicUrl</c>, never from the Host header
/// an attacker chooses (reset e-mails, sitemap, robots.txt, export, permalink, OpenAPI servers).
/// </summary>
public sealed partial class PublicAddressTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private const string ForgedHost = "attaquant.example";
    private static readonly Uri Forged = new($"http://{ForgedHost}/");

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_reset_asked_with_a_forged_host_mails_a_link_to_the_public_address_only()
    {
        using var account = await BrowserlessUser.SignedInAsync(factory, PortalRoles.CopilMember);
        using var attacker = new BrowserlessUser(factory, Forged);

        var asked = await attacker.SubmitAsync("/admin/mot-de-passe-oublie", "main form", new() { ["Email"] = account.Email });

        Assert.Equal(HttpStatusCode.OK, asked.StatusCode);
        var mail = Directory.GetFiles(Path.Combine(factory.DataPath, "mail")).Select(f => MimeMessage.Load(f))
            .Single(m => m.To.Mailboxes.Any(to => to.Address == account.Email));
        var body = (mail.TextBody ?? string.Empty) + mail.HtmlBody;
        Assert.DoesNotContain(ForgedHost, body, StringComparison.OrdinalIgnoreCase);
        Assert.StartsWith(PortalFactoryBase.PublicUrl + "/admin/reinitialiser?", ResetLink().Match(mail.TextBody ?? string.Empty).Value, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/sitemap.xml")]
    [InlineData("/robots.txt")]
    [InlineData("/recherche/export.csv?q=covoiturage")]
    [InlineData("/demarches/assemblee-citoyenne-departementale-2022-2023/propositions/TEJ-2")]
    [InlineData("/demarches/assemblee-citoyenne-departementale-2022-2023")]
    [InlineData("/openapi/v1.json")]
    public async Task Absolute_links_ignore_a_forged_host(string path)
    {
        using var client = factory.CreateClient(new() { BaseAddress = Forged });
        client.DefaultRequestHeaders.Add("X-Forwarded-Host", ForgedHost);

        var response = await client.GetAsync(new Uri(path, UriKind.Relative), Ct);
        var text = await response.Content.ReadAsStringAsync(Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain(ForgedHost, text, StringComparison.OrdinalIgnoreCase);
        Assert.Contains(PortalFactoryBase.PublicUrl, text, StringComparison.Ordinal);
    }

    [GeneratedRegex(@"https?://\S+/admin/reinitialiser\?\S+")]
    private static partial Regex ResetLink();
}
