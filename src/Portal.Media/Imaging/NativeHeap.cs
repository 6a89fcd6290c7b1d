using System.Runtime.InteropServices;

namespace Portal.Media.Imaging;

/// <summary>
/// Makes glibc give the buffers of a decoded image back to the system once it is freed. By default glibc keeps freed
/// blocks below a moving threshold (up to 32 MB) in per-thread arenas, so each worst-case upload left the process
/// 30–60 MB larger for good. Set in code rather than by environment variables so that every host gets it.
/// Measured (docs/benchmarks.md): four concurrent worst-case image uploads, with workstation GC, 315 → 287 MB peak.
/// </summary>
internal static partial class NativeHeap
{
    private const int TrimThreshold = -1;
    private const int MmapThreshold = -3;
    private const int ArenaMax = -8;

    /// <summary>Blocks from this size are mapped on their own and unmapped when freed; the heap is trimmed past it.</summary>
    private const int ReturnFrom = 128 * 1024;

    public static void ReturnFreedBuffers()
    {
        if (!OperatingSystem.IsLinux())
        {
            return;
        }

        try
        {
            _ = Mallopt(MmapThreshold, ReturnFrom);
            _ = Mallopt(TrimThreshold, ReturnFrom);
            _ = Mallopt(ArenaMax, 2);
        }
        catch (Exception exception) when (exception is DllNotFoundException or EntryPointNotFoundException)
        {
            // Not glibc (musl, for instance): its allocator already returns large blocks.
        }
    }

    [LibraryImport("libc", EntryPoint = "mallopt")]
    private static partial int Mallopt(int parameter, int value);
}
