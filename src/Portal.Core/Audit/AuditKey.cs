using System.Security.Cryptography;
using Microsoft.Extensions.Configuration;

namespace Portal.Core.Audit;

/// <summary>
/// The secret that keys the audit chain's MAC. It never lives in the database, so someone who can rewrite
/// the table cannot recompute a chain that verifies: it comes from <c>Portal:Audit:Key</c> (base64, at least
/// 32 bytes) or from <c>{DataPath}/keys/audit.key</c>, created at first start with owner-only permissions.
/// </summary>
public sealed class AuditKey
{
    public const string ConfigurationKey = "Portal:Audit:Key";

    private readonly Lazy<byte[]> _key;

    public AuditKey(IConfiguration configuration, PortalPaths paths)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentNullException.ThrowIfNull(paths);
        var configured = configuration[ConfigurationKey];
        FilePath = Path.Combine(paths.DataPath, "keys", "audit.key");
        _key = new Lazy<byte[]>(() => string.IsNullOrWhiteSpace(configured) ? LoadOrCreate(FilePath) : Parse(configured));
    }

    public string FilePath { get; }

    public byte[] Bytes => _key.Value;

    private static byte[] Parse(string configured)
    {
        var bytes = Convert.FromBase64String(configured.Trim());
        return bytes.Length >= 32
            ? bytes
            : throw new InvalidOperationException($"{ConfigurationKey} doit contenir au moins 32 octets encodés en base64.");
    }

    private static byte[] LoadOrCreate(string path)
    {
        if (File.Exists(path))
        {
            return Parse(File.ReadAllText(path));
        }

        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var key = RandomNumberGenerator.GetBytes(32);
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        try
        {
            using var writer = new StreamWriter(path, System.Text.Encoding.ASCII, options);
            writer.Write(Convert.ToBase64String(key));
        }
        catch (IOException) when (File.Exists(path))
        {
            // Another process created it first: use theirs.
            return Parse(File.ReadAllText(path));
        }

        return key;
    }
}
