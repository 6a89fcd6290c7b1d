using Portal.Processes.Public;

namespace Portal.OpenData.Dossier;

/// <summary>« Télécharger le dossier » and the process's open data, under the process page's heading.</summary>
internal sealed class DossierLink : IProcessLinkSource
{
    public Task<IReadOnlyList<ProcessLink>> GetLinksAsync(string processSlug, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<ProcessLink>>(
        [
            new(Section, $"/demarches/{processSlug}/dossier.docx", "Télécharger le dossier (Word)"),
            new(Section, $"/donnees/demarches/{processSlug}.zip", "Télécharger les données de la démarche (ZIP, CSV et JSON)"),
        ]);

    /// <summary>The place of these links on the process page: under its heading.</summary>
    public const string Section = "telechargements";
}
