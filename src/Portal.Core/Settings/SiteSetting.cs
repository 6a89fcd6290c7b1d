namespace Portal.Core.Settings;

/// <summary>One named site setting, its value a JSON document.</summary>
public sealed class SiteSetting
{
    public required string Key { get; set; }

    public required string Value { get; set; }

    public DateTime ModifiedUtc { get; set; }
}
