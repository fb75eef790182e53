namespace TopologyAnalyzers
{
    /// <summary>Keeps user names from breaking a Markdown table or heading.</summary>
    internal static class MarkdownText
    {
        public static string Cell(string text) =>
            text.Replace("\\", "\\\\").Replace("|", "\\|").Replace("\r\n", " ").Replace('\n', ' ').Replace('\r', ' ');
    }
}
