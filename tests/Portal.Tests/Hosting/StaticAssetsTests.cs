using System.Net;
using Microsoft.AspNetCore.Builder;
using Portal.Tests.Infrastructure;
using Portal.Web;

namespace Portal.Tests.Hosting;

/// <summary>The stylesheet and the scripts are served with their content, or the site refuses to start and says why.</summary>
public sealed class StaticAssetsTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Theory]
    [InlineData("/" + StaticAssetsCheck.Stylesheet, "text/css")]
    [InlineData("/_content/Portal.Admin/select-all.js", "text/javascript")]
    [InlineData("/_content/Portal.Admin/job-progress.js", "text/javascript")]
    public async Task The_build_output_serves_the_assets_with_their_content(string path, string type)
    {
        using var client = factory.CreateClient();

        var response = await client.GetAsync(new Uri(path, UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(type, response.Content.Headers.ContentType?.MediaType);
        Assert.True((await response.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken)).Length > 500);
    }

    [Fact]
    public void A_site_without_its_static_files_refuses_to_start_with_a_french_message()
    {
        var empty = Directory.CreateTempSubdirectory("portal-sans-statiques-").FullName;
        try
        {
            var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Production", ContentRootPath = empty, WebRootPath = empty });
            using var app = builder.Build();

            var refusal = Assert.Throws<InvalidOperationException>(app.RequireStaticAssets);

            Assert.Contains("dotnet publish", refusal.Message, StringComparison.Ordinal);
            Assert.Contains(StaticAssetsCheck.Stylesheet, refusal.Message, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(empty, recursive: true);
        }
    }
}
