namespace Portal.Processes.Organisations;

/// <summary>
/// SIREN (9 digits) and SIRET (14 digits) numbers of the INSEE register: both end with a Luhn check digit, except
/// the SIRETs of La Poste's establishments (SIREN 356 000 000), whose digits may instead add up to a multiple of 5.
/// </summary>
public static class CompanyNumbers
{
    private const string LaPoste = "356000000";

    /// <summary>The digits of a number as people type it (spaces and dots allowed), or null when it is not a valid SIREN or SIRET.</summary>
    public static string? Normalise(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var digits = new string([.. text.Where(c => c is not (' ' or '.' or '\u00a0'))]);
        if (digits.Length is not (9 or 14) || !digits.All(char.IsAsciiDigit))
        {
            return null;
        }

        var laPosteEstablishment = digits.Length == 14 && digits.StartsWith(LaPoste, StringComparison.Ordinal) && digits.Sum(c => c - '0') % 5 == 0;
        return Luhn(digits) || laPosteEstablishment ? digits : null;
    }

    /// <summary>Every second digit from the right doubled (minus 9 above 9): the sum is a multiple of 10.</summary>
    private static bool Luhn(string digits)
    {
        var sum = 0;
        for (var i = 0; i < digits.Length; i++)
        {
            var d = digits[digits.Length - 1 - i] - '0';
            if (i % 2 == 1)
            {
                d = d * 2 > 9 ? (d * 2) - 9 : d * 2;
            }

            sum += d;
        }

        return sum % 10 == 0;
    }
}
