using System.Text.Json.Serialization;
using Portal.Core.Content;

namespace Portal.Processes.Content;

/// <summary>One proposition of the citizens, with its stable code (<c>P-12</c>, or the organiser's own).</summary>
public sealed record Proposition(
    string Code,
    string Title,
    string Text,
    string Theme,
    PlenaryVote? Vote = null,
    int Order = 0) : IDisplayText
{
    [JsonIgnore]
    public string DisplayText => $"{Code} — {Title}";
}

/// <summary>The plenary vote on a proposition.</summary>
public sealed record PlenaryVote(int For, int Against, int Abstention = 0)
{
    [JsonIgnore]
    public int Total => For + Against + Abstention;
}
