using System.IO.Compression;
using System.Text;

namespace Portal.Sortition.Drawing;

/// <summary>Writes and reads the verification kit (a zip of <see cref="KitFiles"/> plus a French README).</summary>
public static class VerificationKit
{
    public static byte[] Write(KitFiles files, DateTime timestampUtc)
    {
        ArgumentNullException.ThrowIfNull(files);
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            // A fixed timestamp (the commitment date) makes the same draw give the same zip bytes.
            void Add(string name, byte[] content)
            {
                var entry = zip.CreateEntry(name, CompressionLevel.Optimal);
                entry.LastWriteTime = new DateTimeOffset(DateTime.SpecifyKind(timestampUtc, DateTimeKind.Utc));
                using var stream = entry.Open();
                stream.Write(content);
            }

            Add(KitFiles.ReadmeName, Hashes.Utf8.GetBytes(KitReadme.Text));
            Add(KitFiles.PoolName, files.Pool);
            Add(KitFiles.QuotasName, files.Quotas);
            Add(KitFiles.CommitmentName, Hashes.Utf8.GetBytes(files.CommitmentText));
            Add(KitFiles.RandomnessName, Hashes.Utf8.GetBytes(files.PublicRandomness + "\n"));
            Add(KitFiles.SeedName, Hashes.Utf8.GetBytes(files.SeedHex + "\n"));
            Add(KitFiles.ResultName, files.Result);
            if (files.Panels is not null)
            {
                Add(KitFiles.PanelsName, files.Panels);
            }

            if (files.Probabilities is not null)
            {
                Add(KitFiles.ProbabilitiesName, files.Probabilities);
            }

            if (files.Fairness is not null)
            {
                Add(KitFiles.FairnessName, Hashes.Utf8.GetBytes(files.Fairness));
            }
        }

        return buffer.ToArray();
    }

    public static KitFiles Read(Stream zipStream)
    {
        using var zip = new ZipArchive(zipStream, ZipArchiveMode.Read);
        byte[] Bytes(string name)
        {
            var entry = zip.GetEntry(name) ?? throw new FormatException($"Le kit ne contient pas {name}.");
            using var stream = entry.Open();
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            return copy.ToArray();
        }

        string Text(string name) => Encoding.UTF8.GetString(Bytes(name));
        return new KitFiles(
            Bytes(KitFiles.PoolName),
            Bytes(KitFiles.QuotasName),
            Text(KitFiles.CommitmentName),
            Text(KitFiles.RandomnessName).TrimEnd('\n'),
            Text(KitFiles.SeedName).Trim(),
            Bytes(KitFiles.ResultName),
            zip.GetEntry(KitFiles.PanelsName) is null ? null : Bytes(KitFiles.PanelsName),
            zip.GetEntry(KitFiles.ProbabilitiesName) is null ? null : Bytes(KitFiles.ProbabilitiesName),
            zip.GetEntry(KitFiles.FairnessName) is null ? null : Text(KitFiles.FairnessName));
    }
}
