namespace Portal.Sortition.Fairness;

/// <summary>How far a solver has got: a fraction in [0, 1] and a French message for the operator.</summary>
public sealed record FairnessProgress(double Fraction, string Message)
{
    /// <summary>Column generation cannot tell how far it is from the optimum: the share of the time budget spent is the honest measure.</summary>
    internal static FairnessProgress Timed(TimeSpan elapsed, TimeSpan? budget, string message) =>
        new(budget is { } b && b > TimeSpan.Zero ? Math.Min(0.99, elapsed / b) : 0, message);
}
