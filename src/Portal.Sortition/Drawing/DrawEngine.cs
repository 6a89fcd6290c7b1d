namespace Portal.Sortition.Drawing;

/// <summary>Chooses the algorithm from the quotas and runs it from a seed: the one entry point of both the draw and its replay.</summary>
public static class DrawEngine
{
    public static string AlgorithmFor(Quotas quotas)
    {
        ArgumentNullException.ThrowIfNull(quotas);
        return quotas.Mode == QuotaMode.Cells ? CellDraw.Algorithm : SequentialDraw.Algorithm;
    }

    /// <summary>Whether an algorithm applies to these quotas: a committed lottery also serves min/max quotas, and earlier versions still replay.</summary>
    public static bool Fits(string algorithm, Quotas quotas)
    {
        ArgumentNullException.ThrowIfNull(quotas);
        return algorithm == AlgorithmFor(quotas) || (quotas.Mode == QuotaMode.MinMax && algorithm is LotteryDraw.Algorithm or LotteryDraw.Version1 or SequentialDraw.Version1);
    }

    public static DrawResult Run(string algorithm, Pool pool, Quotas quotas, ReadOnlySpan<byte> seed, LotteryTable? lottery = null)
    {
        var generator = new HashCounterGenerator(seed);
        return algorithm switch
        {
            CellDraw.Algorithm => CellDraw.Run(pool, quotas, generator),
            SequentialDraw.Algorithm or SequentialDraw.Version1 => SequentialDraw.Run(pool, quotas, generator, algorithm == SequentialDraw.Version1),
            LotteryDraw.Algorithm or LotteryDraw.Version1 => LotteryDraw.Run(pool, quotas, lottery ?? throw new InvalidOperationException("La table des panels engagés manque."), generator, algorithm == LotteryDraw.Version1),
            _ => throw new NotSupportedException($"Algorithme inconnu : {algorithm}."),
        };
    }
}
