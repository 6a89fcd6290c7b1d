using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Portal.Site.Pages.Erreur;

/// <summary>The French error page; keeps the original status code (404 stays 404).</summary>
[IgnoreAntiforgeryToken]
public sealed class IndexModel : PageModel
{
    public string Title { get; private set; } = string.Empty;

    public string Message { get; private set; } = string.Empty;

    public IActionResult OnGet(int code) => Render(code);

    public IActionResult OnPost(int code) => Render(code);

    private PageResult Render(int code)
    {
        // Reached directly (not re-executed), the page still answers with the status it describes.
        var reExecuted = HttpContext.Features.Get<IStatusCodeReExecuteFeature>() is not null;
        Response.StatusCode = reExecuted ? Response.StatusCode : (code is >= 400 and < 600 ? code : 404);
        (Title, Message) = code switch
        {
            404 => ("Page introuvable", "L'adresse demandée ne correspond à aucune page publiée. Elle a peut-être changé, ou le contenu n'est pas (ou plus) publié."),
            403 => ("Accès refusé", "Vous n'avez pas les droits nécessaires pour voir cette page."),
            400 => ("Requête invalide", "La demande n'a pas pu être comprise. Vérifiez l'adresse ou les paramètres."),
            _ => ("Une erreur est survenue", "Le service n'a pas pu répondre. Réessayez dans quelques instants ; si le problème persiste, contactez l'équipe du portail."),
        };
        return Page();
    }
}
