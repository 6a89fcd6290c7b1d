using System.Globalization;

namespace Portal.Sortition.Cli;

/// <summary>
/// A one-line-per-step text progress bar for the operator's console: a line each time the percentage or
/// the message changes (no carriage returns, so the output stays readable when captured to a file).
/// </summary>
internal sealed class ProgressBar(TextWriter output) : IProgress<Storage.PreparationProgress>
{
    private const int Width = 30;
    private readonly Lock _gate = new();
    private (int Percent, string Message)? _last;

    public void Report(Storage.PreparationProgress value)
    {
        ArgumentNullException.ThrowIfNull(value);
        lock (_gate)
        {
            // The solver reports often; a line per percent (or per new level message at most every percent) is enough.
            if (_last is { } last && last.Percent == value.Percent)
            {
                return;
            }

            _last = (value.Percent, value.Message);
            var filled = Math.Clamp(value.Percent, 0, 100) * Width / 100;
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"[{new string('#', filled)}{new string('-', Width - filled)}] {value.Percent,3} % {value.Message}"));
        }
    }
}
