namespace Portal.Core.Content;

/// <summary>A content record that can name itself in lists, histories and audit entries.</summary>
public interface IDisplayText
{
    string DisplayText { get; }
}
