using AngleSharp;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Portal.Admin.Users;

namespace Portal.Tests.Infrastructure;

/// <summary>
/// A person using the site through HTTP and HTML only: keeps cookies, reads pages with AngleSharp,
/// and submits forms as a browser would (every field, hidden antiforgery token included).
/// </summary>
public sealed class BrowserlessUser : IDisposable
{
    private readonly HttpClient _client;

    /// <summary>A visitor of <paramref name="baseAddress"/> (the host its requests name), <c>http://localhost</c> by default.</summary>
    public BrowserlessUser(WebApplicationFactory<Program> factory, Uri? baseAddress = null)
    {
        var options = new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true };
        if (baseAddress is not null)
        {
            options.BaseAddress = baseAddress;
        }

        _client = factory.CreateClient(options);
        Factory = factory;
    }

    /// <summary>A visitor whose requests go through <paramref name="client"/> (several nodes behind one proxy, say).</summary>
    public BrowserlessUser(WebApplicationFactory<Program> factory, HttpClient client)
    {
        _client = client;
        Factory = factory;
    }

    public WebApplicationFactory<Program> Factory { get; }

    public HttpClient Client => _client;

    /// <summary>Creates an account with a role and signs in through the sign-in form.</summary>
    public static async Task<BrowserlessUser> SignedInAsync(WebApplicationFactory<Program> factory, string role)
    {
        var email = $"{Guid.NewGuid():N}@exemple.fr";
        const string password = "Un-mot-de-passe-solide-1";
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var result = await scope.ServiceProvider.GetRequiredService<UserAdministration>().AddAsync(email, role, password);
            Assert.True(result.Succeeded, string.Join(" ", result.Errors));
        }

        var user = new BrowserlessUser(factory) { Email = email };
        var response = await user.SubmitAsync("/admin/connexion", "form", new() { ["Email"] = email, ["Password"] = password });
        Assert.Equal(System.Net.HttpStatusCode.Redirect, response.StatusCode);
        return user;
    }

    public string Email { get; init; } = string.Empty;

    public async Task<IDocument> GetAsync(string path)
    {
        var response = await _client.GetAsync(new Uri(path, UriKind.Relative), TestContext.Current.CancellationToken);
        Assert.True(response.IsSuccessStatusCode, $"GET {path} answered {(int)response.StatusCode}");
        return await ParseAsync(path, response);
    }

    /// <summary>Loads <paramref name="path"/>, fills the form matched by <paramref name="formSelector"/>, and posts it.</summary>
    public async Task<HttpResponseMessage> SubmitAsync(string path, string formSelector, Dictionary<string, string> values)
    {
        var page = await GetAsync(path);
        return await SubmitAsync(page, formSelector, values);
    }

    public async Task<HttpResponseMessage> SubmitAsync(IDocument page, string formSelector, Dictionary<string, string> values)
    {
        var form = page.QuerySelector<IHtmlFormElement>(formSelector) ?? throw new InvalidOperationException($"No form {formSelector} on {page.Url}");
        var fields = new List<KeyValuePair<string, string>>();
        foreach (var element in form.Elements)
        {
            var name = element.GetAttribute("name");
            if (string.IsNullOrEmpty(name) || values.ContainsKey(name))
            {
                continue;
            }

            switch (element)
            {
                case IHtmlInputElement { Type: "checkbox" or "radio" } box when !box.IsChecked:
                    break;
                case IHtmlInputElement input:
                    fields.Add(new(name, input.Value));
                    break;
                case IHtmlTextAreaElement area:
                    fields.Add(new(name, area.Value));
                    break;
                case IHtmlSelectElement select:
                    fields.Add(new(name, select.Value ?? string.Empty));
                    break;
            }
        }

        fields.AddRange(values);
        var action = form.GetAttribute("action");
        var target = string.IsNullOrEmpty(action) ? new Uri(page.Url).PathAndQuery : action;
        using var content = new FormUrlEncodedContent(fields);
        return await _client.PostAsync(new Uri(target, UriKind.Relative), content, TestContext.Current.CancellationToken);
    }

    /// <summary>Follows a background job's page (where a long form post leads) until the job is over; returns its outcome text and the result page's address.</summary>
    public async Task<(string Job, string? Result)> FollowJobAsync(HttpResponseMessage started)
    {
        ArgumentNullException.ThrowIfNull(started);
        Assert.Equal(System.Net.HttpStatusCode.Redirect, started.StatusCode);
        var path = started.Headers.Location!.OriginalString;
        Assert.StartsWith("/admin/taches/", path, StringComparison.Ordinal);
        await Factory.Services.GetRequiredService<Portal.Core.Jobs.BackgroundJobs>().WaitAsync(path["/admin/taches/".Length..], TestContext.Current.CancellationToken);
        var page = await GetAsync(path);
        return (page.QuerySelector("#tache")!.TextContent, page.QuerySelector("#tache-resultat")?.GetAttribute("href"));
    }

    public static async Task<IDocument> ParseAsync(string path, HttpResponseMessage response)
    {
        var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        return await BrowsingContext.New(Configuration.Default).OpenAsync(r => r.Content(html).Address("http://localhost" + path), TestContext.Current.CancellationToken);
    }

    public void Dispose() => _client.Dispose();
}
