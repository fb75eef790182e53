namespace TopologyAnalyzers.Engine
{
    /// <summary>
    /// Which generated texts (the Terraform export, the Mermaid diagram) the generator embeds as constants, and which it
    /// leaves to the run-time engine on first use: the same text either way, only where it is computed differs.
    /// </summary>
    internal static class EmbeddedText
    {
        /// <summary>
        /// The longest text embedded: 256 Ki characters, 512 KB of the user's assembly. Longer texts would weigh on every
        /// build, every keystroke's parse and every copy of the assembly for something few read, and the user-string heap
        /// holds 16 MB in all.
        /// </summary>
        public const int MaxLength = 1 << 18;

        /// <summary>
        /// The text <paramref name="write"/> makes, or null when it is longer than <see cref="MaxLength"/>. A text whose
        /// <paramref name="estimatedLength"/> is already too long is not written at all: the generator reruns on every edit.
        /// </summary>
        public static string? IfEmbeddable(long estimatedLength, System.Func<string> write)
        {
            if (estimatedLength > MaxLength) return null;
            string text = write();
            return text.Length <= MaxLength ? text : null;
        }
    }
}
