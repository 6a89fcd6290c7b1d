using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Logging;
using Portal.Core.Throttling;
using Portal.Core.Data;

namespace Portal.Site.Pages.Erreur;

/// <summary>
/// The French error page; keeps the original status code (404 stays 404). An unexpected error answers 500 for any
/// method, with a reference (the request's correlation id) that is also in the log line holding the exception.
/// </summary>
[IgnoreAntiforgeryToken]
public sealed partial class IndexModel(ILogger<IndexModel> logger) : PageModel
{
    public string Title { get; private set; } = string.Empty;

    public string Message { get; private set; } = string.Empty;

    /// <summary>Shown for server errors, so that a report can be matched with the log.</summary>
    public string? Reference { get; private set; }

    // From the route only: a failed form re-executed here keeps its fields, and one named « code » must not win.
    public IActionResult OnGet([FromRoute] int code) => Render(code);

    public IActionResult OnPost([FromRoute] int code) => Render(code);

    /// <summary>
    /// A failed POST is re-executed here with its original query string, whose <c>?handler=…</c> names a handler
    /// this page does not have (none would run, and the answer would not say what happened): every request runs
    /// the one handler of its method instead.
    /// </summary>
    public override void OnPageHandlerSelected(PageHandlerSelectedContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.HandlerMethod = context.ActionDescriptor.HandlerMethods.FirstOrDefault(h =>
            h.Name is null && string.Equals(h.HttpMethod, HttpMethods.IsPost(Request.Method) ? "Post" : "Get", StringComparison.OrdinalIgnoreCase));
    }

    private IActionResult Render(int code)
    {
        // Reached directly (not re-executed), the page still answers with the status it describes.
        var reExecuted = HttpContext.Features.Get<IStatusCodeReExecuteFeature>() is not null;
        Response.StatusCode = reExecuted ? Response.StatusCode : (code is >= 400 and < 600 ? code : 404);
        if (DatabaseBusy.Is(HttpContext.Features.Get<IExceptionHandlerPathFeature>()?.Error))
        {
            // A write that waited too long for another writer (an import): a retry, not a failure.
            (code, Response.StatusCode) = (503, StatusCodes.Status503ServiceUnavailable);
        }

        (Title, Message) = code switch
        {
            503 => ("Service momentanément occupé", DatabaseBusy.Message),
            404 => ("Page introuvable", "L'adresse demandée ne correspond à aucune page publiée. Elle a peut-être changé, ou le contenu n'est pas (ou plus) publié."),
            403 => ("Accès refusé", "Vous n'avez pas les droits nécessaires pour voir cette page."),
            400 => ("Requête invalide", "La demande n'a pas pu être comprise. Vérifiez l'adresse ou les paramètres."),
            429 => ("Trop de tentatives", "Ce formulaire a été envoyé trop de fois en peu de temps. Pour protéger les comptes, il est momentanément bloqué : "
                + $"réessayez {FormThrottling.RetryDelay(int.TryParse(Response.Headers.RetryAfter, out var seconds) ? seconds : 60)}."),
            _ => ("Une erreur est survenue", "Le service n'a pas pu répondre. Réessayez dans quelques instants ; si le problème persiste, contactez l'équipe du portail en indiquant la référence ci-dessous."),
        };
        if (Response.StatusCode < 500)
        {
            return Page();
        }

        Reference = HttpContext.TraceIdentifier;
        if (HttpContext.Features.Get<IExceptionHandlerPathFeature>() is { } failure)
        {
            LogFailure(logger, failure.Error, Reference, Request.Method, failure.Path);
            if (failure.Path.StartsWith("/api/", StringComparison.Ordinal))
            {
                return new ObjectResult(new ProblemDetails { Status = Response.StatusCode, Title = Title, Detail = $"{Message} Référence : {Reference}" })
                {
                    StatusCode = Response.StatusCode,
                    ContentTypes = { "application/problem+json" },
                };
            }
        }

        return Page();
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Unexpected error, reference {Reference}, on {Method} {Path}.")]
    private static partial void LogFailure(ILogger logger, Exception exception, string reference, string method, string path);
}
