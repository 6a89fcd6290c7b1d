namespace Portal.Processes.Organisations;

/// <summary>
/// A public body that runs processes (a ministry, a département, a city community…): it owns its processes, has
/// a public page at <c>/organisations/{Slug}</c>, and people who edit or administer its processes.
/// </summary>
public sealed class Organisation
{
    public long Id { get; set; }

    /// <summary>The address of its public page (lower-case ASCII words joined by dashes).</summary>
    public required string Slug { get; set; }

    public required string Name { get; set; }

    public OrganisationKind Kind { get; set; }

    /// <summary>Its SIRET (14 digits) or SIREN (9 digits) when it has one, digits only.</summary>
    public string? Siret { get; set; }

    /// <summary>Its logo: the id of an image of the media library, or null.</summary>
    public string? LogoMediaId { get; set; }
}

/// <summary>The kinds of public bodies that run participation processes.</summary>
public enum OrganisationKind
{
    Ministere,
    ServiceDeconcentre,
    Collectivite,
    EtablissementPublic,
    Autre,
}

/// <summary>Which organisation owns a process: one row per process, the process's organiser as a reference.</summary>
public sealed class OrganisationProcess
{
    public required string ProcessId { get; set; }

    public long OrganisationId { get; set; }
}

/// <summary>A person's place in an organisation: they edit its processes, or also administer it (its members and its processes' committees).</summary>
public sealed class OrganisationMember
{
    public long Id { get; set; }

    public long OrganisationId { get; set; }

    /// <summary>The account's user name (the e-mail they sign in with), lower case.</summary>
    public required string UserName { get; set; }

    public OrganisationRole Role { get; set; }
}

public enum OrganisationRole
{
    Editor,
    Administrator,
}

/// <summary>The French words for kinds and roles, as forms and pages show them.</summary>
public static class OrganisationLabels
{
    public static string Of(OrganisationKind kind) => kind switch
    {
        OrganisationKind.Ministere => "ministère",
        OrganisationKind.ServiceDeconcentre => "service déconcentré de l'État",
        OrganisationKind.Collectivite => "collectivité territoriale",
        OrganisationKind.EtablissementPublic => "établissement public",
        _ => "autre organisme",
    };

    public static string Of(OrganisationRole role) => role == OrganisationRole.Administrator ? "administrateur de l'organisation" : "éditeur";
}
