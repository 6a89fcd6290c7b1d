using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Modules;
using Portal.Sortition.Storage;

namespace Portal.Sortition.Fairness;

/// <summary>The fair-lottery solvers (maximin, LEXIMIN), kept apart from the draw itself because they carry OrTools' native libraries.</summary>
public sealed class FairnessModule : IPortalModule
{
    public string Name => "Tirage au sort équitable";

    public void AddServices(IServiceCollection services, ModuleContext context) =>
        services.AddSingleton<IFairDistributionSolver, FairDistributionSolver>();
}
