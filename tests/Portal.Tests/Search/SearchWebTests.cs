using System.Net;
using System.Text.Json;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Search;

/// <summary>The search page, API, export and OpenAPI document over the demo content, through HTTP.</summary>
public sealed class SearchWebTests : IAsyncLifetime
{
    private readonly PortalFactory _factory = new();

    public static TheoryData<string> HostileQueries => new()
    {
        "\"maisons de santé",
        "AND OR (",
        "title:[a TO",
        "*:* ~ ^2 \\ / { } [ ] ! ?",
        "\"\"\"",
        "-",
        "' OR 1=1 --",
        "<script>alert(1)</script>",
        new string('a', 5000),
        string.Join(' ', Enumerable.Repeat("santé", 1000)),
        "\u0000\uFFFF\uD83D",
    };

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public async ValueTask DisposeAsync() => await _factory.DisposeAsync();

    [Theory]
    [MemberData(nameof(HostileQueries))]
    public async Task Hostile_queries_never_cause_a_server_error(string query)
    {
        var ct = TestContext.Current.CancellationToken;
        using var client = _factory.CreateClient();
        foreach (var path in new[] { "/recherche", "/api/v1/search", "/recherche/export.csv" })
        {
            var response = await client.GetAsync(new Uri(path + "?q=" + Uri.EscapeDataString(query), UriKind.Relative), ct);
            Assert.True(response.StatusCode is HttpStatusCode.OK or HttpStatusCode.BadRequest, $"{path} answered {(int)response.StatusCode}");
        }
    }

    [Theory]
    [InlineData("p=abc")]
    [InlineData("p=0")]
    [InlineData("p=999999")]
    [InlineData("annee=deux-mille")]
    [InlineData("tri=hasard")]
    public async Task Bad_api_parameters_get_a_problem_details_400_and_the_page_ignores_them(string parameters)
    {
        var ct = TestContext.Current.CancellationToken;
        using var client = _factory.CreateClient();

        var api = await client.GetAsync(new Uri("/api/v1/search?q=santé&" + parameters, UriKind.Relative), ct);
        Assert.Equal(HttpStatusCode.BadRequest, api.StatusCode);
        Assert.Equal("application/problem+json", api.Content.Headers.ContentType?.MediaType);
        var page = await client.GetAsync(new Uri("/recherche?q=santé&" + parameters, UriKind.Relative), ct);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
    }

    [Fact]
    public async Task The_api_answers_results_with_permalinks_snippets_and_facets()
    {
        var ct = TestContext.Current.CancellationToken;
        using var client = _factory.CreateClient();
        using var json = JsonDocument.Parse(await client.GetStringAsync(new Uri("/api/v1/search?q=maisons+de+sante&type=proposition", UriKind.Relative), ct));
        var root = json.RootElement;

        Assert.True(root.GetProperty("total").GetInt32() >= 1);
        var first = root.GetProperty("results")[0];
        Assert.Equal("proposition", first.GetProperty("type").GetString());
        Assert.Equal("/demarches/vivre-demain-territoire-2036/propositions/P-1", first.GetProperty("url").GetString());
        Assert.Contains("<mark>", first.GetProperty("snippet").GetString(), StringComparison.Ordinal);
        Assert.False(string.IsNullOrEmpty(first.GetProperty("process").GetString()));
        Assert.True(first.TryGetProperty("date", out _));
        Assert.True(first.TryGetProperty("decision", out _));
        Assert.True(root.GetProperty("facets").GetProperty("type").GetArrayLength() >= 1);

        // The permalink opens.
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri(first.GetProperty("url").GetString()!, UriKind.Relative), ct)).StatusCode);
    }

    [Fact]
    public async Task The_page_is_a_labelled_search_form_with_a_status_and_highlighted_results()
    {
        var page = await _factory.GetDocumentAsync("/recherche?q=covoiturage");

        var form = page.QuerySelector("form[role=search]")!;
        Assert.Equal("get", form.GetAttribute("method"));
        Assert.NotNull(page.QuerySelector("label[for=q]"));
        Assert.Equal("covoiturage", page.QuerySelector("input#q")!.GetAttribute("value"));
        Assert.Matches(@"\d+ résultats?", page.QuerySelector("[role=status]")!.TextContent);
        Assert.Equal(["H1", "H2", "H3"], page.QuerySelectorAll("h1, h2, h3").Select(h => h.TagName).Distinct().ToArray());
        Assert.Contains(page.QuerySelectorAll(".search-results a"), a => a.GetAttribute("href") == "/demarches/assemblee-citoyenne-departementale-2022-2023/propositions/TEJ-2");
        Assert.NotNull(page.QuerySelector(".search-results mark"));
        Assert.Contains(page.QuerySelectorAll("select#type option"), o => o.TextContent.StartsWith("Proposition (", StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_empty_result_suggests_what_to_try()
    {
        var page = await _factory.GetDocumentAsync("/recherche?q=xylophonique&type=proposition");

        Assert.Equal("Aucun résultat.", page.QuerySelector("[role=status]")!.TextContent.Trim());
        Assert.Contains("Relancez la recherche sans les filtres", page.Body!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_page_states_the_matching_mode()
    {
        var page = await _factory.GetDocumentAsync("/recherche?q=" + Uri.EscapeDataString("covoiturage vélo"));

        Assert.Contains("au moins un des 2 mots recherchés", page.QuerySelector("[role=status]")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_misspelt_word_is_corrected_and_the_page_offers_the_correction()
    {
        var page = await _factory.GetDocumentAsync("/recherche?q=covoitruage");

        Assert.NotNull(page.QuerySelector(".search-results mark"));
        Assert.Contains("orthographe corrigée", page.QuerySelector("[role=status]")!.TextContent, StringComparison.Ordinal);
        var suggestion = page.QuerySelector(".suggestion a")!;
        Assert.Equal("/recherche?q=covoiturage", suggestion.GetAttribute("href"));
    }

    [Fact]
    public async Task A_proposition_code_finds_its_proposition_first()
    {
        var page = await _factory.GetDocumentAsync("/recherche?q=TEJ-3");

        Assert.Equal("/demarches/assemblee-citoyenne-departementale-2022-2023/propositions/TEJ-3", page.QuerySelector(".search-results h3 a")!.GetAttribute("href"));
    }

    [Fact]
    public async Task The_csv_export_has_a_bom_a_header_and_absolute_permalinks()
    {
        var ct = TestContext.Current.CancellationToken;
        using var client = _factory.CreateClient();
        var response = await client.GetAsync(new Uri("/recherche/export.csv?q=covoiturage", UriKind.Relative), ct);
        var bytes = await response.Content.ReadAsByteArrayAsync(ct);

        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
        var lines = System.Text.Encoding.UTF8.GetString(bytes[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("type;code;titre;lien;démarche;thèmes;date;décision;suivi;texte", lines[0]);
        Assert.Contains(lines, l => l.Contains(PortalFactoryBase.PublicUrl + "/demarches/assemblee-citoyenne-departementale-2022-2023/propositions/TEJ-2", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_csv_export_carries_code_theme_decision_and_the_whole_text_of_a_response()
    {
        var ct = TestContext.Current.CancellationToken;
        using var client = _factory.CreateClient();
        var bytes = await client.GetByteArrayAsync(new Uri("/recherche/export.csv?q=covoiturage&type=reponse", UriKind.Relative), ct);

        var line = Assert.Single(System.Text.Encoding.UTF8.GetString(bytes[3..]).Split("\r\n"), l => l.StartsWith("Réponse motivée;TEJ-2;", StringComparison.Ordinal));
        Assert.Contains(";Transition écologique juste;", line, StringComparison.Ordinal);
        Assert.Contains(";Retenue;", line, StringComparison.Ordinal);
        // The end of a motivation far longer than an extract, and the commitments after it.
        Assert.Contains("le Département leur apportera un appui en ingénierie.", line, StringComparison.Ordinal);
        Assert.Contains("Quinze aires de covoiturage aménagées d'ici mi-2024", line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_search_api_gives_each_result_its_code_themes_decision_status_date_and_whole_text()
    {
        var ct = TestContext.Current.CancellationToken;
        using var client = _factory.CreateClient();
        using var json = JsonDocument.Parse(await client.GetStringAsync(new Uri("/api/v1/search?q=covoiturage&type=reponse", UriKind.Relative), ct));

        var result = json.RootElement.GetProperty("results").EnumerateArray().Single(r => r.GetProperty("code").GetString() == "TEJ-2");
        Assert.Equal("reponse", result.GetProperty("type").GetString());
        Assert.Equal("retenue", result.GetProperty("decision").GetString());
        Assert.Equal("realisee", result.GetProperty("followUpStatus").GetString());
        Assert.Equal(["Transition écologique juste"], result.GetProperty("themes").EnumerateArray().Select(t => t.GetString()));
        Assert.True(DateOnly.TryParse(result.GetProperty("date").GetString(), System.Globalization.CultureInfo.InvariantCulture, out _));
        var text = result.GetProperty("text").GetString()!;
        Assert.True(text.Length > 500, $"text of {text.Length} characters");
        Assert.StartsWith("Gestionnaire de 4 200 km de routes", text, StringComparison.Ordinal);
        Assert.Contains("le Département leur apportera un appui en ingénierie.", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_proposition_is_dated_by_its_referral_and_a_response_by_the_day_it_was_given()
    {
        var ct = TestContext.Current.CancellationToken;
        using var client = _factory.CreateClient();
        async Task<string?> DateOfTej2Async(string type)
        {
            using var json = JsonDocument.Parse(await client.GetStringAsync(new Uri($"/api/v1/search?q=covoiturage&type={type}&tri=date", UriKind.Relative), ct));
            return json.RootElement.GetProperty("results").EnumerateArray().Single(r => r.GetProperty("code").GetString() == "TEJ-2").GetProperty("date").GetString();
        }

        // TEJ-2 belongs to the first referral, handed over on 21 January 2023 (the whole opinion on 17 June 2023);
        // its response was given on 12 May 2023, whatever day the demo was loaded and published.
        Assert.Equal("2023-01-21", await DateOfTej2Async("proposition"));
        Assert.Equal("2023-05-12", await DateOfTej2Async("reponse"));
    }

    [Fact]
    public async Task The_openapi_document_describes_the_search_api()
    {
        var ct = TestContext.Current.CancellationToken;
        using var client = _factory.CreateClient();
        using var json = JsonDocument.Parse(await client.GetStringAsync(new Uri("/openapi/v1.json", UriKind.Relative), ct));

        var operation = json.RootElement.GetProperty("paths").GetProperty("/api/v1/search").GetProperty("get");
        Assert.True(operation.GetProperty("responses").TryGetProperty("200", out _));
        Assert.True(operation.GetProperty("responses").TryGetProperty("400", out _));
        var parameters = operation.GetProperty("parameters").EnumerateArray().Select(p => p.GetProperty("name").GetString()).ToList();
        Assert.Contains("q", parameters);
        Assert.Contains("decision", parameters);
        var result = json.RootElement.GetProperty("components").GetProperty("schemas").GetProperty("SearchApiResult").GetProperty("properties");
        foreach (var field in new[] { "code", "themes", "decision", "followUpStatus", "date", "text" })
        {
            Assert.True(result.TryGetProperty(field, out var property), field);
            Assert.False(string.IsNullOrEmpty(property.GetProperty("description").GetString()), field);
        }
    }
}
