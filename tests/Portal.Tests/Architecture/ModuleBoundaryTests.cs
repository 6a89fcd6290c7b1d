using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using Portal.Modules;

namespace Portal.Tests.Architecture;

/// <summary>
/// The module boundaries, checked on the compiled assemblies: which module may use which, and only through
/// the public surface the used module offers (its index tables, pages and back office stay its own).
/// </summary>
public sealed class ModuleBoundaryTests
{
    /// <summary>Every namespace of the used assembly may be used.</summary>
    private static readonly string[] Everything = [""];

    /// <summary>module → module it may use → the namespaces it may use there. Core may be used by all, and uses none.</summary>
    private static readonly Dictionary<string, Dictionary<string, string[]>> Allowed = new(StringComparer.Ordinal)
    {
        ["Portal.Core"] = [],
        ["Portal.Admin"] = [],
        ["Portal.Processes"] = new() { ["Portal.Admin"] = AdminSurface },
        ["Portal.Workflows"] = new() { ["Portal.Admin"] = AdminSurface, ["Portal.Processes"] = ProcessesSurface },
        ["Portal.Site"] = new() { ["Portal.Admin"] = AdminSurface },
        ["Portal.Media"] = [],
        // News items show their image from the media library and name the process they belong to.
        ["Portal.News"] = new() { ["Portal.Admin"] = AdminSurface, ["Portal.Processes"] = ProcessesSurface, ["Portal.Media"] = MediaSurface },
        // Open data reads what Processes publishes, and the search feed asks the search service.
        ["Portal.OpenData"] = new() { ["Portal.Processes"] = ProcessesSurface, ["Portal.Search"] = ["Portal.Search.Querying"] },
        ["Portal.Search"] = new() { ["Portal.Processes"] = ProcessesSurface },
        ["Portal.Sortition"] = new() { ["Portal.Processes"] = ProcessesSurface },
        // The solvers are the draw's own engine room, split out only for OrTools' native libraries.
        ["Portal.Sortition.Fairness"] = new() { ["Portal.Sortition"] = Everything },
        // The theme page offers the media library's images as the logo.
        ["Portal.Themes"] = new() { ["Portal.Media"] = ["Portal.Media", "Portal.Media.Storage", "Portal.Media.Imaging"] },
    };

    private static string[] AdminSurface => ["Portal.Admin", "Portal.Admin.Extensions", "Portal.Admin.Forms"];

    private static string[] MediaSurface => ["Portal.Media", "Portal.Media.Storage", "Portal.Media.Imaging"];

    private static string[] ProcessesSurface => ["Portal.Processes", "Portal.Processes.Content", "Portal.Processes.Public", "Portal.Processes.Organisations"];

    public static TheoryData<string> Modules() => [.. Allowed.Keys];

    [Fact]
    public void Every_module_of_the_registry_has_its_rules_here()
    {
        var registered = PortalModules.All.Select(m => m.GetType().Assembly.GetName().Name!).Append("Portal.Core");

        Assert.Equal(Allowed.Keys.Order(StringComparer.Ordinal), registered.Distinct().Order(StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Modules))]
    public void A_module_uses_other_modules_only_through_their_public_surface(string module)
    {
        var violations = ReferencedTypes(module)
            .Where(t => t.Assembly.StartsWith("Portal.", StringComparison.Ordinal) && t.Assembly != "Portal.Core" && t.Assembly != module)
            .Where(t => !Allowed[module].TryGetValue(t.Assembly, out var surface)
                || !surface.Any(ns => ns.Length == 0 || t.Namespace == ns))
            .Select(t => $"{t.Namespace}.{t.Name} ({t.Assembly})")
            .Distinct().Order(StringComparer.Ordinal).ToList();

        Assert.True(violations.Count == 0, $"{module} uses what it may not: {string.Join(", ", violations)}");
    }

    [Theory]
    [InlineData("Portal.Theme.Default")]
    [InlineData("Portal.Theme.Dsfr")]
    public void A_theme_uses_the_core_alone(string theme)
    {
        var modules = ReferencedTypes(theme).Select(t => t.Assembly)
            .Where(a => a.StartsWith("Portal.", StringComparison.Ordinal) && a != "Portal.Core").Distinct().ToList();

        Assert.Empty(modules);
    }

    [Fact]
    public void The_core_depends_on_no_module()
    {
        var portal = typeof(Core.PortalOptions).Assembly.GetReferencedAssemblies().Select(a => a.Name!).Where(n => n.StartsWith("Portal.", StringComparison.Ordinal));

        Assert.Empty(portal);
    }

    [Fact]
    public void The_core_keeps_no_module_vocabulary_nor_review_state()
    {
        // Decisions and follow-up statuses are the Processes module's; review states are the workflow's.
        var settings = typeof(Core.Settings.SiteSettings).GetProperties().Select(p => p.Name).ToList();
        var statuses = Enum.GetNames<Core.Content.ContentStatus>();

        Assert.Equal(["SiteName", "Tagline", "CopilName", "Sections"], settings);
        Assert.Equal(["Draft", "Published", "Superseded", "Archived", "Staged"], statuses);
    }

    [Fact]
    public void The_rule_catches_a_module_reading_another_modules_index_table()
    {
        // The test project reads index tables on purpose: the same scan must see it, or it proves nothing.
        var uses = ReferencedTypes("Portal.Tests").Where(t => t.Namespace == "Portal.Processes.Indexes");

        Assert.NotEmpty(uses);
    }

    /// <summary>Every type an assembly's code refers to in another assembly, read from its metadata.</summary>
    private static List<(string Assembly, string Namespace, string Name)> ReferencedTypes(string assemblyName)
    {
        var path = Path.Combine(AppContext.BaseDirectory, assemblyName + ".dll");
        using var stream = File.OpenRead(path);
        using var pe = new PEReader(stream);
        var reader = pe.GetMetadataReader();
        var types = new List<(string Assembly, string Namespace, string Name)>();
        foreach (var handle in reader.TypeReferences)
        {
            var type = reader.GetTypeReference(handle);
            var outer = type;
            while (outer.ResolutionScope.Kind == HandleKind.TypeReference)
            {
                outer = reader.GetTypeReference((TypeReferenceHandle)outer.ResolutionScope);
            }

            if (outer.ResolutionScope.Kind == HandleKind.AssemblyReference)
            {
                var assembly = reader.GetString(reader.GetAssemblyReference((AssemblyReferenceHandle)outer.ResolutionScope).Name);
                types.Add((assembly, reader.GetString(outer.Namespace), reader.GetString(type.Name)));
            }
        }

        return types;
    }
}
