namespace Portal.Sortition.Drawing;

/// <summary>The files of a verification kit. Everything in it is public: pseudonymous IDs and features, never contact details.</summary>
public sealed record KitFiles(byte[] Pool, byte[] Quotas, string CommitmentText, string PublicRandomness, string SeedHex, byte[] Result, byte[]? Panels = null)
{
    public const string PoolName = "vivier.csv";
    public const string QuotasName = "quotas.json";
    public const string CommitmentName = "engagement.txt";
    public const string RandomnessName = "alea.txt";
    public const string SeedName = "graine.txt";
    public const string ResultName = "resultat.csv";
    public const string ReadmeName = "LISEZMOI.txt";
    public const string PanelsName = "panels.csv";
}
