using System.Net;
using System.Text.Json.Nodes;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.OpenData;

/// <summary>The read API: lists with filters and paging links, a process with its sections, propositions with response and follow-ups.</summary>
public sealed class ReadApiTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private const string Slug = "assemblee-citoyenne-departementale-2022-2023";

    [Fact]
    public async Task The_list_gives_published_processes_and_filters_them()
    {
        var all = await factory.GetJsonAsync("/api/v1/demarches");
        Assert.Equal(2, (int)all["total"]!);
        Assert.Contains(all["items"]!.AsArray(), p => (string)p!["slug"]! == Slug && (string)p["api"]! == $"{PortalFactoryBase.PublicUrl}/api/v1/demarches/{Slug}");

        var organiser = (string)all["items"]!.AsArray().Single(p => (string)p!["slug"]! == Slug)!["organiser"]!;
        var filtered = await factory.GetJsonAsync("/api/v1/demarches?organisateur=" + Uri.EscapeDataString(organiser));
        Assert.Equal([Slug], filtered["items"]!.AsArray().Select(p => (string)p!["slug"]!));
        var owned = await factory.GetJsonAsync("/api/v1/demarches?organisation=departement-des-monts-d-orvale");
        Assert.Equal(["assemblee-citoyenne-departementale-2022-2023"], owned["items"]!.AsArray().Select(p => (string)p!["slug"]!));
        Assert.Equal(0, (int)(await factory.GetJsonAsync("/api/v1/demarches?annee=1999"))["total"]!);
    }

    [Fact]
    public async Task Bad_parameters_get_problem_details_in_french()
    {
        using var client = factory.CreateClient();
        var response = await client.GetAsync(new Uri("/api/v1/demarches?statut=bientot&annee=deux-mille&page=0", UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        var problem = JsonNode.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken))!;
        Assert.Equal(["annee", "page", "statut"], problem["errors"]!.AsObject().Select(e => e.Key).Order(StringComparer.Ordinal));
        Assert.Contains("en-cours", (string)problem["errors"]!["statut"]![0]!, StringComparison.Ordinal);

        var missing = await client.GetAsync(new Uri("/api/v1/demarches/inconnue", UriKind.Relative), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Equal("application/problem+json", missing.Content.Headers.ContentType!.MediaType);
    }

    [Fact]
    public async Task A_process_carries_all_its_sections()
    {
        var process = await factory.GetJsonAsync($"/api/v1/demarches/{Slug}");

        Assert.Equal(Slug, (string)process["process"]!["slug"]!);
        Assert.NotNull(process["charter"]!["question"]);
        Assert.NotNull(process["mandate"]!["text"]);
        Assert.NotEmpty(process["panel"]!["criteria"]!.AsArray());
        Assert.NotEmpty(process["speakers"]!.AsArray());
        Assert.NotNull(process["opinion"]!["synthesis"]);
        Assert.True((int)process["propositionCount"]! > 0);
    }

    [Fact]
    public async Task Propositions_page_with_links_and_filters_and_one_carries_its_response_and_follow_ups()
    {
        var first = await factory.GetOkAsync($"/api/v1/demarches/{Slug}/propositions");
        var page = JsonNode.Parse(await first.Content.ReadAsStringAsync(TestContext.Current.CancellationToken))!;
        Assert.True((int)page["total"]! > 0);
        Assert.Equal($"{PortalFactoryBase.PublicUrl}/api/v1/demarches/{Slug}/propositions", (string)page["links"]!["first"]!);
        Assert.Contains("rel=\"first\"", first.Headers.GetValues("Link").Single(), StringComparison.Ordinal);

        var answered = page["items"]!.AsArray().First(p => p!["decision"] is not null)!;
        var decision = (string)answered["decision"]!;
        var filtered = await factory.GetJsonAsync($"/api/v1/demarches/{Slug}/propositions?decision={decision}");
        Assert.All(filtered["items"]!.AsArray(), p => Assert.Equal(decision, (string)p!["decision"]!));

        var one = await factory.GetJsonAsync(new Uri((string)answered["api"]!).PathAndQuery);
        Assert.Equal((string)answered["code"]!, (string)one["proposition"]!["code"]!);
        Assert.Equal(decision, (string)one["response"]!["response"]!["decision"]!);
        Assert.False(string.IsNullOrEmpty((string)one["response"]!["decisionLabel"]!));
        Assert.NotNull(one["followUps"]!.AsArray());
    }

    [Fact]
    public async Task Revalidation_answers_304_and_cors_is_open_for_reading()
    {
        using var client = factory.CreateClient();
        const string path = "/api/v1/demarches/" + Slug;
        await client.GetAsync(new Uri(path, UriKind.Relative), TestContext.Current.CancellationToken);
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Add("Origin", "https://reutilisation.exemple.org");
        var cached = await client.SendAsync(request, TestContext.Current.CancellationToken);
        Assert.Equal("*", cached.Headers.GetValues("Access-Control-Allow-Origin").Single());

        using var revalidate = new HttpRequestMessage(HttpMethod.Get, path);
        revalidate.Headers.IfNoneMatch.Add(cached.Headers.ETag!);
        Assert.Equal(HttpStatusCode.NotModified, (await client.SendAsync(revalidate, TestContext.Current.CancellationToken)).StatusCode);

        using var preflight = new HttpRequestMessage(HttpMethod.Options, path);
        preflight.Headers.Add("Origin", "https://reutilisation.exemple.org");
        preflight.Headers.Add("Access-Control-Request-Method", "DELETE");
        var refused = await client.SendAsync(preflight, TestContext.Current.CancellationToken);
        Assert.False(refused.Headers.TryGetValues("Access-Control-Allow-Methods", out var methods) && methods.Any(m => m.Contains("DELETE", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task The_openapi_document_describes_the_read_api()
    {
        var document = await factory.GetJsonAsync("/openapi/v1.json");
        var paths = document["paths"]!.AsObject().Select(p => p.Key).ToList();

        Assert.Contains("/api/v1/demarches", paths);
        Assert.Contains("/api/v1/demarches/{slug}", paths);
        Assert.Contains("/api/v1/demarches/{slug}/propositions", paths);
        Assert.Contains("/api/v1/demarches/{slug}/propositions/{code}", paths);
        var parameters = document["paths"]!["/api/v1/demarches"]!["get"]!["parameters"]!.AsArray().Select(p => (string)p!["name"]!);
        Assert.Equal(["statut", "theme", "organisateur", "organisation", "annee", "page"], parameters);
    }
}
