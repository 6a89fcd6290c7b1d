namespace Portal.Core.Email;

/// <summary>The <c>Portal:Email</c> configuration section.</summary>
public sealed class EmailOptions
{
    public SmtpOptions Smtp { get; set; } = new();
}

/// <summary>
/// <c>Portal:Email:Smtp</c>: the outgoing mail server. With no <see cref="Host"/>, nothing is sent and
/// messages are written as .eml files to <c>{DataPath}/mail</c> instead.
/// </summary>
public sealed class SmtpOptions
{
    public const string DefaultFromName = "Portail de la participation";

    public string? Host { get; set; }

    public int Port { get; set; } = 587;

    public SmtpSecurity Security { get; set; } = SmtpSecurity.StartTls;

    /// <summary>Empty means no authentication.</summary>
    public string? UserName { get; set; }

    public string? Password { get; set; }

    /// <summary>The sender's address; required when <see cref="Host"/> is set.</summary>
    public string? FromAddress { get; set; }

    public string FromName { get; set; } = DefaultFromName;

    /// <summary>How long one exchange with the server may take before the message is given up.</summary>
    public int TimeoutSeconds { get; set; } = 15;

    public bool Enabled => !string.IsNullOrWhiteSpace(Host);
}

/// <summary>How the connection to the SMTP server is protected.</summary>
public enum SmtpSecurity
{
    /// <summary>Plain connection (a relay on the same machine or network only).</summary>
    None,

    /// <summary>Plain connection upgraded with STARTTLS, required (usually port 587).</summary>
    StartTls,

    /// <summary>TLS from the first byte (usually port 465).</summary>
    Ssl,
}
