namespace Portal.Sortition.Drawing;

/// <summary>The files of a verification kit. Everything in it is public: pseudonymous IDs and features, never contact details.</summary>
public sealed record KitFiles(byte[] Pool, byte[] Quotas, string CommitmentText, string PublicRandomness, string SeedHex, byte[] Result, byte[]? Panels = null, byte[]? Probabilities = null, string? Fairness = null)
{
    public const string PoolName = "vivier.csv";
    public const string QuotasName = "quotas.json";
    public const string CommitmentName = "engagement.txt";
    public const string RandomnessName = "alea.txt";
    public const string SeedName = "graine.txt";
    public const string ResultName = "resultat.csv";
    public const string ReadmeName = "LISEZMOI.txt";
    public const string PanelsName = "panels.csv";

    /// <summary>Each volunteer's tickets and chance under the committed table (derived from panels.csv; the replay checks it).</summary>
    public const string ProbabilitiesName = "probabilites.csv";

    /// <summary>What the fair lottery achieved, in French (minimum chance, proven optimum or not, LEXIMIN levels).</summary>
    public const string FairnessName = "equite.txt";
}
