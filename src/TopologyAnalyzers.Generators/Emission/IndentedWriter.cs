using System.Text;

namespace TopologyAnalyzers.Generators.Emission
{
    /// <summary>Writes C# with four-space indentation and <c>\n</c> line ends, whatever the platform.</summary>
    internal sealed class IndentedWriter
    {
        private readonly StringBuilder _text = new StringBuilder();
        private int _depth;

        public void Line(string line = "")
        {
            if (line.Length > 0) _text.Append(' ', _depth * 4).Append(line);
            _text.Append('\n');
        }

        /// <summary>Writes text as it is, without indenting (for a literal spanning lines).</summary>
        public void Raw(string text)
        {
            _text.Append(' ', _depth * 4).Append(text);
        }

        public void Open()
        {
            Line("{");
            _depth++;
        }

        public void Close()
        {
            _depth--;
            Line("}");
        }

        public override string ToString() => _text.ToString();
    }
}
