namespace Portal.Core.Throttling;

/// <summary>
/// <c>Portal:RateLimits</c>: how many posts of each sensitive form one client (IP address, or its /64 in IPv6) and
/// one account address may send per window. Beyond, the form answers 429 with <c>Retry-After</c>.
/// </summary>
public sealed class RateLimitOptions
{
    /// <summary>The sign-in form (<c>/admin/connexion</c>).</summary>
    public FormLimit SignIn { get; set; } = new() { PerClient = 30, PerAddress = 10, Window = TimeSpan.FromMinutes(10) };

    /// <summary>Asking for a reset link and choosing the new password: each request may send an e-mail.</summary>
    public FormLimit PasswordReset { get; set; } = new() { PerClient = 10, PerAddress = 3, Window = TimeSpan.FromMinutes(15) };

    /// <summary>The second sign-in step and the two-factor settings (codes and password checks).</summary>
    public FormLimit TwoFactor { get; set; } = new() { PerClient = 30, PerAddress = 10, Window = TimeSpan.FromMinutes(10) };

    /// <summary>The public « suivre par e-mail » form: each request sends a confirmation message to the address typed.</summary>
    public FormLimit Follow { get; set; } = new() { PerClient = 10, PerAddress = 3, Window = TimeSpan.FromHours(1) };

    public FormLimit For(ThrottledForm form) => form switch
    {
        ThrottledForm.SignIn => SignIn,
        ThrottledForm.PasswordReset => PasswordReset,
        ThrottledForm.Follow => Follow,
        _ => TwoFactor,
    };
}

/// <summary>Posts allowed per window, per client and per account address.</summary>
public sealed class FormLimit
{
    public int PerClient { get; set; }

    public int PerAddress { get; set; }

    public TimeSpan Window { get; set; }
}
