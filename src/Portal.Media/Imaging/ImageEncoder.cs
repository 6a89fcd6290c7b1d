using NetVips;

namespace Portal.Media.Imaging;

/// <summary>
/// Re-encodes an upload with libvips into every profile. Decoding and re-encoding drops whatever the
/// original carried besides pixels; saving with <c>keep: None</c> writes no EXIF, GPS, XMP, IPTC or ICC
/// block. Pixels are rotated upright from the EXIF orientation and converted to sRGB before that.
/// </summary>
internal static class ImageEncoder
{
    /// <summary>
    /// Beyond this many pixels an upload is refused from its header, before decoding (a "decompression
    /// bomb": a 390 KB PNG of 100,000 × 1,000 pixels took 640 MB to decode). A 48-megapixel photo passes.
    /// </summary>
    public const long MaxPixels = 50_000_000;

    /// <summary>The longest side accepted, in pixels: a thin strip of few pixels can still cost a lot to reduce.</summary>
    public const int MaxSide = 20_000;

    public sealed record Encoded(int Width, int Height);

    /// <summary>The stored dimensions, read from the header only (libvips opens lazily); null when unreadable.</summary>
    public static (int Width, int Height)? ReadHeader(string source)
    {
        try
        {
            using var header = Image.NewFromFile(source, access: Enums.Access.Sequential);
            return (header.Width, header.Height);
        }
        catch (VipsException)
        {
            return null;
        }
    }

    public static bool IsWithinLimits(int width, int height) =>
        width <= MaxSide && height <= MaxSide && (long)width * height <= MaxPixels;

    static ImageEncoder()
    {
        // No operation cache: every upload is read once, and cached operations would keep temp files open.
        Cache.Max = 0;

        // One worker thread per pipeline: decodes already go one at a time (DecodingGate), and each extra libvips
        // thread keeps its own buffers and allocator arena (measured: 4 concurrent bombs, 351 → 328 MB peak).
        global::NetVips.NetVips.Concurrency = 1;
        NativeHeap.ReturnFreedBuffers();
    }

    /// <summary>Writes <c>{profile}.{webp|jpg}</c> files into <paramref name="folder"/>; null when libvips cannot read the image.</summary>
    public static Encoded? EncodeAll(string source, string folder)
    {
        try
        {
            int width, height;
            using (var probe = Image.NewFromFile(source, access: Enums.Access.Sequential))
            {
                if (!IsWithinLimits(probe.Width, probe.Height))
                {
                    return null;
                }

                var orientation = probe.Contains("orientation") ? (int)probe.Get("orientation") : 1;
                (width, height) = orientation is >= 5 and <= 8 ? (probe.Height, probe.Width) : (probe.Width, probe.Height);
            }

            foreach (var profile in ImageProfile.All)
            {
                // thumbnail() auto-rotates, converts to sRGB from any embedded profile, and never enlarges.
                // Decoded once into memory: the file is read sequentially, and both formats are written from it.
                using var thumbnail = Image.Thumbnail(source, profile.MaxSide, height: profile.MaxSide, size: Enums.Size.Down, outputProfile: "srgb");
                using var resized = thumbnail.CopyMemory();
                using var flat = resized.HasAlpha() ? resized.Flatten(background: [255, 255, 255]) : resized;
                flat.Jpegsave(Path.Combine(folder, $"{profile.Name}.jpg"), q: 82, interlace: true, optimizeCoding: true, keep: Enums.ForeignKeep.None);
                resized.Webpsave(Path.Combine(folder, $"{profile.Name}.webp"), q: 80, keep: Enums.ForeignKeep.None);
            }

            return new Encoded(width, height);
        }
        catch (VipsException)
        {
            return null;
        }
    }
}
