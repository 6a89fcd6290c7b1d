using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Security.Claims;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Portal.Core.Throttling;

/// <summary>
/// Rate limits on the posts of <see cref="ThrottledAttribute"/> pages, with the framework's rate limiting middleware:
/// two chained fixed windows, one per client address and one per account address (the form's <c>Email</c>, the
/// pending two-factor sign-in, or the signed-in account), so that neither many addresses from one client nor many
/// clients on one address get through. A refusal answers 429 with <c>Retry-After</c>: the French error page, or
/// problem details for <c>/api</c> and clients that ask for JSON.
/// </summary>
public static partial class FormThrottling
{
    private const string AddressItem = "portal.throttling.address";

    public static IServiceCollection AddFormThrottling(this IServiceCollection services, RateLimitOptions limits)
    {
        ArgumentNullException.ThrowIfNull(limits);
        foreach (var form in Enum.GetValues<ThrottledForm>())
        {
            var limit = limits.For(form);
            if (limit.PerClient < 1 || limit.PerAddress < 1 || limit.Window <= TimeSpan.Zero)
            {
                throw new InvalidOperationException(
                    $"Portal:RateLimits:{form} : PerClient et PerAddress doivent valoir au moins 1, et Window être une durée positive (par exemple 00:10:00).");
            }
        }

        services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.GlobalLimiter = PartitionedRateLimiter.CreateChained(
                Limiter(limits, ClientKey, limit => limit.PerClient),
                Limiter(limits, context => context.Items[AddressItem] as string, limit => limit.PerAddress));
            options.OnRejected = (rejected, _) => RejectAsync(rejected, limits);
        });
        return services;
    }

    /// <summary>After authentication (the signed-in or two-factor account is a partition), before the pages.</summary>
    public static IApplicationBuilder UseFormThrottling(this IApplicationBuilder app)
    {
        app.Use(async (context, next) =>
        {
            if (ThrottledPost(context) is not null)
            {
                context.Items[AddressItem] = await AccountAddressAsync(context);
            }

            await next(context);
        });
        return app.UseRateLimiter();
    }

    /// <summary>« dans 3 minutes », « dans 40 secondes »: when a refused form may be sent again.</summary>
    public static string RetryDelay(int seconds) => seconds >= 90
        ? $"dans {(seconds + 59) / 60} minutes"
        : $"dans {Math.Max(seconds, 1)} seconde{(seconds > 1 ? "s" : string.Empty)}";

    private static PartitionedRateLimiter<HttpContext> Limiter(RateLimitOptions limits, Func<HttpContext, string?> key, Func<FormLimit, int> permits) =>
        PartitionedRateLimiter.Create<HttpContext, string>(context =>
        {
            if (ThrottledPost(context) is not { } form || key(context) is not { } who)
            {
                return RateLimitPartition.GetNoLimiter(string.Empty);
            }

            var limit = limits.For(form);
            return RateLimitPartition.GetFixedWindowLimiter($"{form}|{who}", _ => new FixedWindowRateLimiterOptions
            {
                PermitLimit = permits(limit),
                Window = limit.Window,
                QueueLimit = 0,
            });
        });

    private static ThrottledForm? ThrottledPost(HttpContext context) =>
        HttpMethods.IsPost(context.Request.Method) ? context.GetEndpoint()?.Metadata.GetMetadata<ThrottledAttribute>()?.Form : null;

    /// <summary>The client's address (after the trusted proxy's forwarded header); an IPv6 client by its /64, which one subscriber holds.</summary>
    private static string ClientKey(HttpContext context)
    {
        var address = context.Connection.RemoteIpAddress;
        if (address is null)
        {
            return "?";
        }

        address = address.IsIPv4MappedToIPv6 ? address.MapToIPv4() : address;
        if (address.AddressFamily == AddressFamily.InterNetworkV6)
        {
            var bytes = address.GetAddressBytes();
            Array.Clear(bytes, 8, 8);
            address = new IPAddress(bytes);
        }

        return address.ToString();
    }

    private static async Task<string?> AccountAddressAsync(HttpContext context)
    {
        string? address = null;
        if (context.Request.HasFormContentType)
        {
            try
            {
                address = (await context.Request.ReadFormAsync(context.RequestAborted))["Email"].ToString();
            }
            catch (InvalidDataException)
            {
                // A malformed body: the page's own model binding answers it.
            }
        }

        if (string.IsNullOrWhiteSpace(address))
        {
            address = context.Request.Query["email"].ToString();
        }

        if (!string.IsNullOrWhiteSpace(address))
        {
            var normalized = address.Trim().ToUpperInvariant();
            return "@" + normalized[..Math.Min(normalized.Length, 320)];
        }

        if (context.User.FindFirstValue(ClaimTypes.NameIdentifier) is { } signedIn)
        {
            return "#" + signedIn;
        }

        var pending = await context.AuthenticateAsync(IdentityConstants.TwoFactorUserIdScheme);
        return pending.Principal?.FindFirstValue(ClaimTypes.Name) is { } userId ? "#" + userId : null;
    }

    private static async ValueTask RejectAsync(OnRejectedContext rejected, RateLimitOptions limits)
    {
        var context = rejected.HttpContext;
        var form = ThrottledPost(context) ?? ThrottledForm.SignIn;
        var retry = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var after) ? after : limits.For(form).Window;
        var seconds = Math.Max(1, (int)Math.Ceiling(retry.TotalSeconds));
        context.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        LogThrottled(context.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(FormThrottling)), form);

        // Otherwise the empty 429 is re-executed as the French error page, which reads Retry-After.
        if (WantsProblemDetails(context.Request))
        {
            await Results.Problem(
                statusCode: StatusCodes.Status429TooManyRequests,
                title: "Trop de demandes",
                detail: $"Ce formulaire a été envoyé trop de fois en peu de temps. Réessayez {RetryDelay(seconds)}.").ExecuteAsync(context);
        }
    }

    private static bool WantsProblemDetails(HttpRequest request) =>
        request.Path.StartsWithSegments("/api")
        || (request.Headers.Accept.ToString().Contains("application/json", StringComparison.OrdinalIgnoreCase)
            && !request.Headers.Accept.ToString().Contains("text/html", StringComparison.OrdinalIgnoreCase));

    // The form only: client and account addresses are personal data.
    [LoggerMessage(Level = LogLevel.Warning, Message = "Rate limit reached on the {Form} form.")]
    private static partial void LogThrottled(ILogger logger, ThrottledForm form);
}
