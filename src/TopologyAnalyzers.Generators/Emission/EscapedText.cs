using System.Text;

namespace TopologyAnalyzers.Generators.Emission
{
    /// <summary>
    /// User text in the places of a C# file where it is not code: XML doc comments, line comments and verbatim string
    /// literals, each escaped for what it allows, so a name is only ever data there.
    /// </summary>
    internal static class EscapedText
    {
        /// <summary>
        /// Text for the inside of an XML doc element on one <c>///</c> line: <c>&amp;</c>, <c>&lt;</c> and <c>&gt;</c> as
        /// entities; every C# line terminator (CR, LF, U+0085, U+2028, U+2029) as a space, since one would end the comment
        /// and turn the rest of the name into code; characters XML 1.0 does not allow (control characters, lone surrogates,
        /// U+FFFE, U+FFFF) as U+FFFD, since the compiler reports badly formed XML (CS1570) for them.
        /// </summary>
        public static string XmlDoc(string text)
        {
            var escaped = new StringBuilder(text.Length);
            for (int i = 0; i < text.Length; i++)
            {
                char c = text[i];
                switch (c)
                {
                    case '&': escaped.Append("&amp;"); break;
                    case '<': escaped.Append("&lt;"); break;
                    case '>': escaped.Append("&gt;"); break;
                    default:
                        if (IsLineTerminator(c)) escaped.Append(' ');
                        else if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])) escaped.Append(c).Append(text[++i]);
                        else if (c < ' ' && c != '\t' || char.IsSurrogate(c) || c == '\uFFFE' || c == '\uFFFF') escaped.Append('\uFFFD');
                        else escaped.Append(c);
                        break;
                }
            }
            return escaped.ToString();
        }

        /// <summary>Text for a <c>//</c> comment: line terminators become spaces, so the comment cannot end early.</summary>
        public static string LineComment(string text)
        {
            var escaped = new StringBuilder(text.Length);
            foreach (char c in text) escaped.Append(IsLineTerminator(c) ? ' ' : c);
            return escaped.ToString();
        }

        /// <summary>
        /// A verbatim string literal holding <paramref name="text"/> exactly: inside <c>@"..."</c> only <c>"</c> needs
        /// escaping (doubled); line breaks, <c>\</c>, <c>#</c> and lone surrogates are plain data there.
        /// </summary>
        public static string VerbatimLiteral(string text) => "@\"" + text.Replace("\"", "\"\"") + "\"";

        private static bool IsLineTerminator(char c) => c == '\r' || c == '\n' || c == '\u0085' || c == '\u2028' || c == '\u2029';
    }
}
