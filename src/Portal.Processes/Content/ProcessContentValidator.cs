using Portal.Core.Content;
using Portal.Core.Settings;

namespace Portal.Processes.Content;

/// <summary>Applies <see cref="ProcessRules"/> to whichever process record is given.</summary>
internal sealed class ProcessContentValidator : IContentValidator
{
    public IEnumerable<(string Path, string Message)> Validate(object content, SiteSettings settings)
    {
        var problems = new List<(string, string)>();
        void Report(string path, string message) => problems.Add((path, message));
        switch (content)
        {
            case Process demarche: ProcessRules.Check(demarche, Report); break;
            case PanelComposition panel: ProcessRules.Check(panel, Report); break;
            case CommitteeAssessment assessment: ProcessRules.Check(assessment, Report); break;
            case CommitteeScores scores: ProcessRules.Check(scores, Report); break;
            case CitizensOpinion opinion: ProcessRules.Check(opinion, Report); break;
            case Proposition proposition: ProcessRules.Check(proposition, Report); break;
            case Response response: ProcessRules.Check(response, settings, Report); break;
            case FollowUp followUp: ProcessRules.Check(followUp, settings, Report); break;
            case DocumentItem document: ProcessRules.Check(document, Report); break;
            case Speaker speaker: ProcessRules.Check(speaker, Report); break;
            case Evaluation evaluation: ProcessRules.Check(evaluation, Report); break;
            default: break;
        }

        return problems;
    }
}
