using Portal.Core.Settings;

namespace Portal.OpenData.Datasets;

/// <summary>
/// The open-data settings document (<see cref="Key"/>): the licence every file is published under. Licence Ouverte /
/// Etalab 2.0 unless the administrator chose the ODbL (recipe step <c>openData</c>).
/// </summary>
public sealed record OpenDataSettings
{
    public const string Key = "donnees-ouvertes";

    public string Licence { get; init; } = OpenDataLicence.Etalab.Key;
}

/// <summary>A licence the open data may carry: its key in the settings, its name, its address and its SPDX identifier.</summary>
public sealed record OpenDataLicence(string Key, string Title, string Url, string Spdx)
{
    public static readonly OpenDataLicence Etalab = new(
        "etalab-2.0", "Licence Ouverte / Open Licence version 2.0", "https://www.etalab.gouv.fr/licence-ouverte-open-licence", "etalab-2.0");

    public static readonly OpenDataLicence Odbl = new(
        "odbl", "Open Database License (ODbL) version 1.0", "https://opendatacommons.org/licenses/odbl/1-0/", "ODbL-1.0");

    public static readonly IReadOnlyList<OpenDataLicence> All = [Etalab, Odbl];

    public static OpenDataLicence Of(string? key) => All.FirstOrDefault(l => l.Key == key) ?? Etalab;

    /// <summary>The licence the site's settings choose.</summary>
    public static OpenDataLicence Of(SiteSettings site)
    {
        ArgumentNullException.ThrowIfNull(site);
        return Of(site.Section<OpenDataSettings>(OpenDataSettings.Key).Licence);
    }
}
