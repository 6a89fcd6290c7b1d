namespace Portal.Media.Imaging;

/// <summary>A named size every image is re-encoded to: the longest side is at most <see cref="MaxSide"/> pixels.</summary>
public sealed record ImageProfile(string Name, int MaxSide)
{
    public static readonly ImageProfile Thumbnail = new("thumbnail", 320);
    public static readonly ImageProfile Card = new("card", 640);
    public static readonly ImageProfile Full = new("full", 1600);

    public static readonly IReadOnlyList<ImageProfile> All = [Thumbnail, Card, Full];

    /// <summary>The formats of every profile: WebP first for browsers that take it, JPEG for the others.</summary>
    public static readonly IReadOnlyList<string> Formats = ["webp", "jpg"];

    public static ImageProfile? Find(string name) => All.FirstOrDefault(p => p.Name == name);
}
