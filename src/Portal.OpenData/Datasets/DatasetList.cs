using Portal.Processes.Public;

namespace Portal.OpenData.Datasets;

/// <summary>The site's datasets, in the order the open-data page lists them.</summary>
public sealed class DatasetList(PublicClock clock)
{
    public IReadOnlyList<Dataset> All { get; } =
    [
        ProcessesDataset.Definition(() => clock.Today),
        PropositionsDataset.Definition,
        ResponsesDataset.Definition,
        FollowUpsDataset.Definition,
        SpeakersDataset.Definition,
        PanelsDataset.Definition,
        EvaluationsDataset.Definition,
        EvaluationsDataset.Survey,
    ];

    public Dataset? Find(string name) => All.FirstOrDefault(d => d.Name == name);
}
