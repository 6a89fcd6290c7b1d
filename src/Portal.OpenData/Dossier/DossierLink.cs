using Portal.Processes.Public;

namespace Portal.OpenData.Dossier;

/// <summary>« Télécharger le dossier », the propositions reports and the process's open data, under the process page's heading.</summary>
internal sealed class DossierLink : IProcessLinkSource
{
    /// <summary>The place of these links on the process page: under its heading.</summary>
    public const string Section = "telechargements";

    public Task<IReadOnlyList<ProcessLink>> GetLinksAsync(string processSlug, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<ProcessLink>>(
        [
            new(Section, $"/demarches/{processSlug}/dossier.docx", "Télécharger le dossier (Word)"),
            new(Section, $"/demarches/{processSlug}/dossier.pdf", "Télécharger le dossier (PDF)"),
            new(Section, $"/demarches/{processSlug}/rapports", "Rapports des propositions, par saisine (Word, PDF)"),
            new(Section, $"/donnees/demarches/{processSlug}.zip", "Télécharger les données de la démarche (ZIP, CSV et JSON)"),
        ]);
}
