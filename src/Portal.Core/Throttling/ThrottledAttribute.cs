namespace Portal.Core.Throttling;

/// <summary>The forms an attacker would hammer: each has its own limits in <see cref="RateLimitOptions"/>.</summary>
public enum ThrottledForm
{
    SignIn,
    PasswordReset,
    TwoFactor,

    /// <summary>Following a process or a proposition by e-mail: each request sends a confirmation message.</summary>
    Follow,
}

/// <summary>Limits the posts of a page (its GETs are never limited): per client and per account address.</summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class ThrottledAttribute(ThrottledForm form) : Attribute
{
    public ThrottledForm Form { get; } = form;
}
