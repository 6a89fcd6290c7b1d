namespace Portal.Processes.Organisations;

/// <summary>The French words for the audited actions on an organisation, as its change list shows them.</summary>
public static class OrganisationChanges
{
    public static string Label(string action) => action switch
    {
        "organisation-creee" => "organisation créée",
        "organisation-modifiee" => "informations modifiées",
        "demarche-rattachee" => "démarche rattachée",
        "demarche-detachee" => "démarche détachée",
        "membre-ajoute" => "membre ajouté ou rôle changé",
        "membre-retire" => "membre retiré",
        "invitation-envoyee" => "invitation envoyée",
        "invitation-revoquee" => "invitation révoquée",
        "invitation-acceptee" => "invitation acceptée",
        _ => action,
    };
}
