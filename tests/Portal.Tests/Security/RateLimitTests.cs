using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Identity;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Security;

/// <summary>Rate limits on the sign-in and reset forms: per client and per account address, 429 with Retry-After, in French.</summary>
public sealed class RateLimitTests(RateLimitTests.LimitedFactory factory) : IClassFixture<RateLimitTests.LimitedFactory>
{
    /// <summary>The test header naming the client's IP address, so that each test is a client of its own.</summary>
    private const string ClientHeader = "X-Test-Client";

    /// <summary>Low limits: 3 sign-in posts per client and 2 per address, 1 reset request per address, in 10 minutes.</summary>
    public sealed class LimitedFactory : PortalFactoryBase
    {
        protected override void Configure(IWebHostBuilder builder)
        {
            builder.UseSetting("Portal:RateLimits:SignIn:PerClient", "3");
            builder.UseSetting("Portal:RateLimits:SignIn:PerAddress", "2");
            builder.UseSetting("Portal:RateLimits:SignIn:Window", "00:10:00");
            builder.UseSetting("Portal:RateLimits:PasswordReset:PerAddress", "1");
            builder.UseSetting("Portal:RateLimits:PasswordReset:Window", "00:10:00");
            builder.UseSetting("Portal:RateLimits:Follow:PerAddress", "1");
            builder.UseSetting("Portal:RateLimits:Follow:Window", "00:10:00");
            builder.ConfigureServices(services => services.AddTransient<IStartupFilter, ClientAddressFromHeader>());
        }
    }

    /// <summary>Sets the connection's remote address from <see cref="ClientHeader"/>, before the rest of the pipeline.</summary>
    private sealed class ClientAddressFromHeader : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use(async (context, proceed) =>
            {
                if (IPAddress.TryParse(context.Request.Headers[ClientHeader].ToString(), out var address))
                {
                    context.Connection.RemoteIpAddress = address;
                }

                await proceed(context);
            });
            next(app);
        };
    }

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private BrowserlessUser Client(string address)
    {
        var visitor = new BrowserlessUser(factory);
        visitor.Client.DefaultRequestHeaders.Add(ClientHeader, address);
        return visitor;
    }

    private static Task<HttpResponseMessage> SignInAsync(BrowserlessUser visitor, string email) =>
        visitor.SubmitAsync("/admin/connexion", "main form", new() { ["Email"] = email, ["Password"] = "Pas-le-bon-mot-de-passe-1" });

    [Fact]
    public async Task Sign_in_posts_beyond_the_client_limit_answer_429_in_french_with_retry_after()
    {
        using var visitor = Client("192.0.2.1");
        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await SignInAsync(visitor, $"essai{i}@exemple.fr")).StatusCode);
        }

        var refused = await SignInAsync(visitor, "essai3@exemple.fr");

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.InRange(refused.Headers.RetryAfter?.Delta ?? TimeSpan.Zero, TimeSpan.FromSeconds(1), TimeSpan.FromMinutes(10));
        var page = await BrowserlessUser.ParseAsync("/admin/connexion", refused);
        Assert.Equal("Trop de tentatives", page.QuerySelector("h1")!.TextContent);
        Assert.Contains("réessayez dans", page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await visitor.Client.GetAsync(new Uri("/admin/connexion", UriKind.Relative), Ct)).StatusCode);
        using var other = Client("192.0.2.2");
        Assert.Equal(HttpStatusCode.OK, (await SignInAsync(other, "essai4@exemple.fr")).StatusCode);
    }

    [Fact]
    public async Task Sign_in_posts_beyond_the_address_limit_refuse_that_address_from_any_client_whatever_its_case()
    {
        using var first = Client("198.51.100.1");
        using var second = Client("198.51.100.2");
        Assert.Equal(HttpStatusCode.OK, (await SignInAsync(first, "cible@exemple.fr")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await SignInAsync(first, "cible@exemple.fr")).StatusCode);

        var sameAddressElsewhere = await SignInAsync(second, " CIBLE@exemple.fr ");
        var otherAddress = await SignInAsync(first, "autre@exemple.fr");

        Assert.Equal(HttpStatusCode.TooManyRequests, sameAddressElsewhere.StatusCode);
        Assert.Equal(HttpStatusCode.OK, otherAddress.StatusCode);
    }

    [Fact]
    public async Task Reset_requests_for_one_address_beyond_its_limit_send_no_more_email()
    {
        using var account = await BrowserlessUser.SignedInAsync(factory, PortalRoles.Editor);
        using var visitor = Client("203.0.113.1");

        var first = await visitor.SubmitAsync("/admin/mot-de-passe-oublie", "main form", new() { ["Email"] = account.Email });
        var second = await visitor.SubmitAsync("/admin/mot-de-passe-oublie", "main form", new() { ["Email"] = account.Email });

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, second.StatusCode);
        var mails = Directory.GetFiles(Path.Combine(factory.DataPath, "mail")).Select(f => MimeKit.MimeMessage.Load(f))
            .Count(m => m.To.Mailboxes.Any(to => to.Address == account.Email) && (m.Subject ?? string.Empty).StartsWith("Réinitialisation", StringComparison.Ordinal));
        Assert.Equal(1, mails);
    }

    [Fact]
    public async Task Follow_requests_for_one_address_beyond_its_limit_send_no_more_email()
    {
        using var visitor = Client("203.0.113.9");
        const string path = "/demarches/assemblee-citoyenne-departementale-2022-2023/suivre";

        var first = await visitor.SubmitAsync(path, "main form", new() { ["Email"] = "suivi-limite@exemple.fr", ["Frequence"] = "quotidien" });
        var second = await visitor.SubmitAsync(path, "main form", new() { ["Email"] = "suivi-limite@exemple.fr", ["Frequence"] = "quotidien" });

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, second.StatusCode);
        var mails = Directory.GetFiles(Path.Combine(factory.DataPath, "mail")).Select(f => MimeKit.MimeMessage.Load(f))
            .Count(m => m.To.Mailboxes.Any(to => to.Address == "suivi-limite@exemple.fr"));
        Assert.Equal(1, mails);
    }

    [Fact]
    public async Task A_client_asking_for_json_gets_problem_details_with_retry_after()
    {
        using var client = factory.CreateClient(new() { AllowAutoRedirect = false });
        client.DefaultRequestHeaders.Add(ClientHeader, "2001:db8::1");
        for (var i = 0; i < 3; i++)
        {
            using var form = new FormUrlEncodedContent([new("Email", $"script{i}@exemple.fr"), new("Password", "x")]);
            await client.PostAsync(new Uri("/admin/connexion", UriKind.Relative), form, Ct);
        }

        // Another address of the same /64: the same client.
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/admin/connexion", UriKind.Relative))
        {
            Content = new FormUrlEncodedContent([new("Email", "script3@exemple.fr"), new("Password", "x")]),
        };
        request.Headers.Remove(ClientHeader);
        request.Headers.Add(ClientHeader, "2001:db8::2");
        request.Headers.Accept.ParseAdd("application/json");
        var refused = await client.SendAsync(request, Ct);

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
        Assert.NotNull(refused.Headers.RetryAfter?.Delta);
        using var problem = JsonDocument.Parse(await refused.Content.ReadAsStringAsync(Ct));
        Assert.Equal(429, problem.RootElement.GetProperty("status").GetInt32());
        Assert.Equal("Trop de demandes", problem.RootElement.GetProperty("title").GetString());
    }
}
