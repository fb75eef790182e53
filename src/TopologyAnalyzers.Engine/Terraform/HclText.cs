using System.Globalization;
using System.Text;

namespace TopologyAnalyzers.Engine
{
    /// <summary>
    /// Turns user strings into HCL text: quoted string literals that a parser reads back as exactly the same value, and
    /// comment text that stays on its one line. A user string is only ever data: it never starts an interpolation
    /// (<c>${</c>) or a template directive (<c>%{</c>), never ends its literal or its comment early.
    /// </summary>
    internal static class HclText
    {
        /// <summary>
        /// <paramref name="value"/> as a quoted HCL string: <c>"</c> and <c>\</c> escaped, <c>${</c> and <c>%{</c>
        /// doubled to <c>$${</c> and <c>%%{</c> (HCL's literal forms), line breaks and tabs as <c>\n</c>, <c>\r</c>,
        /// <c>\t</c>, and every other control, format or separator character as a <c>\u</c> escape, so the literal
        /// is visibly what the topology says (a right-to-left mark does not reorder the line). A lone surrogate has no
        /// UTF-8 form and becomes U+FFFD, the replacement character.
        /// </summary>
        public static string Quote(string? value)
        {
            string s = value ?? "";
            if (IsPlain(s)) return "\"" + s + "\"";
            var text = new StringBuilder(s.Length + 8);
            text.Append('"');
            for (int i = 0; i < s.Length; i++)
            {
                char c = s[i];
                switch (c)
                {
                    case '"': text.Append("\\\""); continue;
                    case '\\': text.Append("\\\\"); continue;
                    case '\n': text.Append("\\n"); continue;
                    case '\r': text.Append("\\r"); continue;
                    case '\t': text.Append("\\t"); continue;
                    case '$':
                    case '%':
                        text.Append(c);
                        if (i + 1 < s.Length && s[i + 1] == '{') text.Append(c);
                        continue;
                }
                i = AppendCharacter(text, s, i);
            }
            return text.Append('"').ToString();
        }

        /// <summary>
        /// <paramref name="value"/> made safe as the text of a <c>#</c> comment: every control, format or separator
        /// character (line breaks included) is written as its <c>\u</c> escape, so the comment is one line.
        /// </summary>
        public static string Comment(string? value)
        {
            string s = value ?? "";
            var text = new StringBuilder(s.Length);
            for (int i = 0; i < s.Length; i++) i = AppendCharacter(text, s, i);
            return text.ToString();
        }

        /// <summary>Printable ASCII with nothing to escape: most names, every CIDR block and ID (the common case, kept cheap).</summary>
        private static bool IsPlain(string s)
        {
            foreach (char c in s)
            {
                if (c < ' ' || c > '~' || c == '"' || c == '\\' || c == '$' || c == '%') return false;
            }
            return true;
        }

        /// <summary>An HCL number literal.</summary>
        public static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

        /// <summary>An HCL bool literal.</summary>
        public static string Bool(bool value) => value ? "true" : "false";

        /// <summary>
        /// Appends the character (or surrogate pair) at <paramref name="i"/>, escaped where it must not appear as it is;
        /// returns the index of its last UTF-16 unit.
        /// </summary>
        private static int AppendCharacter(StringBuilder text, string s, int i)
        {
            char c = s[i];
            if (c >= ' ' && c <= '~')
            {
                text.Append(c);
                return i;
            }
            if (char.IsHighSurrogate(c) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]))
            {
                if (IsHidden(CharUnicodeInfo.GetUnicodeCategory(s, i)))
                {
                    text.Append("\\U").Append(char.ConvertToUtf32(c, s[i + 1]).ToString("X8", CultureInfo.InvariantCulture));
                }
                else
                {
                    text.Append(c).Append(s[i + 1]);
                }
                return i + 1;
            }
            if (char.IsSurrogate(c))
            {
                text.Append('\uFFFD');
            }
            else if (IsHidden(CharUnicodeInfo.GetUnicodeCategory(c)))
            {
                text.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
            }
            else
            {
                text.Append(c);
            }
            return i;
        }

        /// <summary>Characters that are invisible, break a line, or change how the text around them reads.</summary>
        private static bool IsHidden(UnicodeCategory category) =>
            category == UnicodeCategory.Control || category == UnicodeCategory.Format
            || category == UnicodeCategory.LineSeparator || category == UnicodeCategory.ParagraphSeparator;
    }
}
