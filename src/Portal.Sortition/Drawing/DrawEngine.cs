namespace Portal.Sortition.Drawing;

/// <summary>Chooses the algorithm from the quotas and runs it from a seed: the one entry point of both the draw and its replay.</summary>
public static class DrawEngine
{
    public static string AlgorithmFor(Quotas quotas)
    {
        ArgumentNullException.ThrowIfNull(quotas);
        return quotas.Mode == QuotaMode.Cells ? CellDraw.Algorithm : SequentialDraw.Algorithm;
    }

    public static DrawResult Run(string algorithm, Pool pool, Quotas quotas, ReadOnlySpan<byte> seed)
    {
        var generator = new HashCounterGenerator(seed);
        return algorithm switch
        {
            CellDraw.Algorithm => CellDraw.Run(pool, quotas, generator),
            SequentialDraw.Algorithm => SequentialDraw.Run(pool, quotas, generator),
            _ => throw new NotSupportedException($"Algorithme inconnu : {algorithm}."),
        };
    }
}
