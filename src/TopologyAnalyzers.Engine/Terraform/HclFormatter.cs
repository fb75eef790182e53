using System.Text;

namespace TopologyAnalyzers.Engine
{
    /// <summary>
    /// Writes an <see cref="HclDocument"/> laid out as <c>terraform fmt</c> leaves a file: two spaces per nesting level,
    /// the <c>=</c> of consecutive one-line arguments of a body aligned one space after the longest name (a nested
    /// block, a comment line or a multi-line argument ends such a run, as in <c>hclwrite</c>), one blank line between
    /// top-level entries, <c>"\n"</c> line ends on every platform and one at the end.
    /// </summary>
    internal static class HclFormatter
    {
        private const string Indent = "  ";

        public static string Write(HclDocument document)
        {
            var text = new StringBuilder();
            for (int i = 0; i < document.Entries.Count; i++)
            {
                if (i > 0) text.Append('\n');
                switch (document.Entries[i])
                {
                    case HclBlock block:
                        foreach (var line in block.LeadingComments) text.Append("# ").Append(line).Append('\n');
                        WriteBlock(text, block, "");
                        break;
                    case HclCommentParagraph paragraph:
                        foreach (var line in paragraph.Lines) text.Append("# ").Append(line).Append('\n');
                        break;
                }
            }
            return text.ToString();
        }

        private static void WriteBlock(StringBuilder text, HclBlock block, string indent)
        {
            text.Append(indent).Append(block.Type);
            foreach (var label in block.Labels) text.Append(' ').Append(label);
            text.Append(" {\n");
            WriteBody(text, block.Body, indent + Indent);
            text.Append(indent).Append("}\n");
        }

        private static void WriteBody(StringBuilder text, System.Collections.Generic.List<HclNode> body, string indent)
        {
            for (int i = 0; i < body.Count; i++)
            {
                switch (body[i])
                {
                    case HclAttribute:
                        int end = i;
                        int width = 0;
                        while (end < body.Count && body[end] is HclAttribute run)
                        {
                            if (run.Name.Length > width) width = run.Name.Length;
                            end++;
                        }
                        for (; i < end; i++)
                        {
                            var attribute = (HclAttribute)body[i];
                            text.Append(indent).Append(attribute.Name).Append(' ', width - attribute.Name.Length)
                                .Append(" = ").Append(attribute.Expression).Append('\n');
                        }
                        i--;
                        break;
                    case HclBlock nested:
                        WriteBlock(text, nested, indent);
                        break;
                    case HclComment comment:
                        text.Append(indent).Append("# ").Append(comment.Text).Append('\n');
                        break;
                    case HclObjectAttribute objectAttribute:
                        text.Append(indent).Append(objectAttribute.Name).Append(" = {\n");
                        WriteBody(text, new System.Collections.Generic.List<HclNode>(objectAttribute.Attributes), indent + Indent);
                        text.Append(indent).Append("}\n");
                        break;
                }
            }
        }
    }
}
