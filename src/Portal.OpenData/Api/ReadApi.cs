using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.AspNetCore.Routing;
using Portal.Core.Caching;
using Portal.Core.Public;
using Portal.Core.Settings;
using Portal.Processes.Content;
using Portal.Processes.Public;

namespace Portal.OpenData.Api;

/// <summary>
/// The read API, <c>/api/v1/demarches…</c>: published processes, their sections, their propositions with response and
/// follow-ups. Answers come from the public output cache (ETag, 304 on revalidation), evicted by every publication.
/// </summary>
internal static class ReadApi
{
    private const string NotFoundTitle = "Introuvable";
    private static readonly OutputCacheAttribute Lists = new() { PolicyName = PublicCache.PolicyName, Tags = [PublicCache.ListsTag] };
    private static readonly OutputCacheAttribute OneProcess = new() { PolicyName = PublicCache.PolicyName };

    public static IEndpointRouteBuilder MapReadApi(this IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup("/api/v1/demarches").WithTags("Démarches").RequireCors(OpenDataModule.CorsPolicy);
        api.MapGet(string.Empty, ListAsync).WithName("Demarches").WithSummary("Démarches publiées, filtrées, par pages de 12")
            .Produces<ProcessPage>().ProducesValidationProblem().WithMetadata(Lists);
        api.MapGet("/{slug}", ProcessAsync).WithName("Demarche").WithSummary("Une démarche publiée et toutes ses sections")
            .Produces<ProcessDetail>().ProducesProblem(StatusCodes.Status404NotFound).WithMetadata(OneProcess);
        api.MapGet("/{slug}/propositions", PropositionsAsync).WithName("Propositions").WithSummary("Les propositions publiées d'une démarche, filtrées, par pages de 50")
            .Produces<PropositionPage>().ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound).WithMetadata(OneProcess);
        api.MapGet("/{slug}/propositions/{code}", PropositionAsync).WithName("Proposition").WithSummary("Une proposition publiée, sa réponse motivée et ses suivis")
            .Produces<PropositionDetail>().ProducesProblem(StatusCodes.Status404NotFound).WithMetadata(OneProcess);
        return endpoints;
    }

    private static async Task<Results<Ok<ProcessPage>, ValidationProblem>> ListAsync(
        [AsParameters] ProcessListParameters parameters, HttpContext context, ProcessListQuery query, PublicSite site, CancellationToken cancellationToken)
    {
        _ = parameters; // Declared for the OpenAPI document; read with their checks below.
        var (filter, errors) = ApiParameters.Processes(context.Request.Query);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors, title: "Paramètres invalides");
        }

        var result = await query.RunAsync(filter, cancellationToken);
        var links = PagingLinks.Build(context, site, result.Page, result.PageCount);
        return TypedResults.Ok(new ProcessPage(result.Total, result.Page, result.PageCount, [.. result.Items.Select(p => Item(p, site))], links));
    }

    private static async Task<Results<Ok<ProcessDetail>, ProblemHttpResult>> ProcessAsync(
        string slug, HttpContext context, ProcessReader reader, PropositionReader propositions, PublicSite site, CancellationToken cancellationToken)
    {
        if (await reader.GetBySlugAsync(slug, cancellationToken) is not { } view)
        {
            return NotFound($"Aucune démarche publiée à l'adresse « {slug} ».");
        }

        PublicCache.TagProcess(context, view.Id);
        var listing = await propositions.ListAsync(view.Id, new PropositionFilter(), cancellationToken);
        var d = view.Process;
        var item = Item(new ProcessSummary(d.Slug, d.Title, d.Summary, d.Organiser, d.Territory, d.Themes, d.StartDate, d.EndDate, view.Phase, d.IsDemo), site);
        return TypedResults.Ok(new ProcessDetail(
            item, view.PublishedUtc, view.Fiche, view.Mandat, view.Panel, view.Intervenants, view.Avis, view.Evaluation, listing.Total, listing.Answered,
            item.Api + "/propositions", site.Url($"/demarches/{d.Slug}/dossier.docx"), site.Url($"/demarches/{d.Slug}/flux.atom")));
    }

    private static async Task<Results<Ok<PropositionPage>, ValidationProblem, ProblemHttpResult>> PropositionsAsync(
        string slug, [AsParameters] PropositionListParameters parameters, HttpContext context, ProcessDirectory directory, PropositionReader reader, PublicSite site, CancellationToken cancellationToken)
    {
        _ = parameters;
        var (filter, errors) = ApiParameters.Propositions(context.Request.Query);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors, title: "Paramètres invalides");
        }

        if (await directory.IdOfSlugAsync(slug, cancellationToken) is not { } processId)
        {
            return NotFound($"Aucune démarche publiée à l'adresse « {slug} ».");
        }

        PublicCache.TagProcess(context, processId);
        var listing = await reader.ListAsync(processId, filter, cancellationToken);
        var links = PagingLinks.Build(context, site, listing.Filter.Page, listing.PageCount);
        var items = listing.Items.Select(p => new PropositionItem(
            p.Code, p.Title, p.Theme, p.Decision, p.FollowUpStatus, site.Url(Permalink(slug, p.Code)), site.Url("/api/v1" + Permalink(slug, p.Code))));
        return TypedResults.Ok(new PropositionPage(listing.Total, listing.Matching, listing.Filter.Page, listing.PageCount, [.. items], links));
    }

    private static async Task<Results<Ok<PropositionDetail>, ProblemHttpResult>> PropositionAsync(
        string slug, string code, HttpContext context, PropositionReader reader, SiteSettingsStore settings, PublicSite site, CancellationToken cancellationToken)
    {
        if (await reader.GetAsync(slug, code, cancellationToken) is not { } page)
        {
            return NotFound($"Aucune proposition publiée « {code} » dans la démarche « {slug} ».");
        }

        PublicCache.TagProcess(context, page.Process.Id);
        var labels = await settings.GetAsync(cancellationToken);
        var item = page.Item;
        var response = item.Reponse is { } r ? new ResponseDetail(r, labels.DecisionLabel(r.Decision), item.ResponsePublishedUtc, item.ResponseApprovedUtc) : null;
        var permalink = Permalink(slug, item.Proposition.Code);
        return TypedResults.Ok(new PropositionDetail(
            slug, item.Proposition, response, [.. item.Suivis.Select(f => new FollowUpDetail(f, labels.FollowUpStatusLabel(f.Status)))],
            site.Url(permalink), site.Url(permalink + "/flux.atom")));
    }

    private static ProcessItem Item(ProcessSummary p, PublicSite site) => new(
        p.Slug, p.Title, p.Summary, p.Organiser, p.Territory, p.Themes, p.StartDate, p.EndDate, p.Phase.Key(), p.IsDemo,
        site.Url($"/demarches/{p.Slug}"), site.Url($"/api/v1/demarches/{p.Slug}"));

    private static string Permalink(string slug, string code) => $"/demarches/{slug}/propositions/{Uri.EscapeDataString(code)}";

    private static ProblemHttpResult NotFound(string detail) =>
        TypedResults.Problem(detail, statusCode: StatusCodes.Status404NotFound, title: NotFoundTitle);
}
