using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Identity;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Security;

/// <summary>Errors say what they are: an unexpected fault answers 500 in French with a reference, for GET and POST alike.</summary>
public sealed class ErrorResponseTests(ErrorResponseTests.FaultyFactory factory) : IClassFixture<ErrorResponseTests.FaultyFactory>
{
    /// <summary>The portal with a fault injected: any page asked with <c>panne=1</c> throws, as a bug would.</summary>
    public sealed class FaultyFactory : PortalFactoryBase
    {
        protected override void Configure(IWebHostBuilder builder) =>
            builder.ConfigureServices(services => services.Configure<MvcOptions>(mvc => mvc.Filters.Add(new FaultFilter())));
    }

    private sealed class FaultFilter : IAsyncResourceFilter
    {
        public Task OnResourceExecutionAsync(ResourceExecutingContext context, ResourceExecutionDelegate next) =>
            context.HttpContext.Request.Query.ContainsKey("panne") && !context.HttpContext.Request.Path.StartsWithSegments("/erreur", StringComparison.Ordinal)
                ? throw new InvalidOperationException("Panne injectée par le test")
                : next();
    }

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_failing_get_answers_500_in_french_with_a_reference()
    {
        using var client = factory.CreateClient();

        var response = await client.GetAsync(new Uri("/demarches?panne=1", UriKind.Relative), Ct);

        await AssertServerErrorPageAsync("/demarches", response);
    }

    [Fact]
    public async Task A_failing_post_to_a_named_handler_answers_500_not_404()
    {
        using var editor = await BrowserlessUser.SignedInAsync(factory, PortalRoles.Editor);
        var page = await editor.GetAsync("/admin/securite");
        var token = page.QuerySelector("form[action*=Enable] input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        using var form = new FormUrlEncodedContent([new("Code", "123456"), new("__RequestVerificationToken", token)]);

        var response = await editor.Client.PostAsync(new Uri("/admin/securite?handler=Enable&panne=1", UriKind.Relative), form, Ct);

        await AssertServerErrorPageAsync("/admin/securite", response);
    }

    [Fact]
    public async Task The_markdown_preview_without_its_token_answers_400_not_500()
    {
        using var editor = await BrowserlessUser.SignedInAsync(factory, PortalRoles.Editor);
        using var form = new FormUrlEncodedContent([new("texte", "**gras**")]);

        var response = await editor.Client.PostAsync(new Uri("/admin/markdown/apercu", UriKind.Relative), form, Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("rechargez la page", await response.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
    }

    private static async Task AssertServerErrorPageAsync(string path, HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        var page = await BrowserlessUser.ParseAsync(path, response);
        Assert.Equal("Une erreur est survenue", page.QuerySelector("h1")!.TextContent);
        Assert.False(string.IsNullOrWhiteSpace(page.QuerySelector("#reference")?.TextContent), "the page gives a reference to quote");
        Assert.DoesNotContain("Panne injectée", page.DocumentElement.OuterHtml, StringComparison.Ordinal);
    }
}
