using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace TopologyAnalyzers.Tests.Terraform.Validation
{
    /// <summary>
    /// Reads the raw content of a quoted HCL string: its literal text and its interpolations. A template directive
    /// (<c>%{</c>) is a syntax error: the export never writes one, so one there means a user string was not escaped.
    /// </summary>
    internal static class HclTemplateParser
    {
        /// <summary>
        /// The parts of a quoted string's raw content: text with its escapes decoded (<c>$${</c> and <c>%%{</c> are the
        /// literal <c>${</c> and <c>%{</c>), and the expression of each <c>${ }</c>.
        /// </summary>
        public static HclTemplate Parse(string raw, int line)
        {
            var parts = new List<object>();
            var text = new StringBuilder();
            int i = 0;
            while (i < raw.Length)
            {
                char c = raw[i];
                if (c == '\\')
                {
                    i = Unescape(raw, i, line, text);
                }
                else if ((c == '$' || c == '%') && i + 2 < raw.Length && raw[i + 1] == c && raw[i + 2] == '{')
                {
                    text.Append(c).Append('{');
                    i += 3;
                }
                else if (c == '%' && i + 1 < raw.Length && raw[i + 1] == '{')
                {
                    throw new HclSyntaxException(line, "a template directive (%{) in a string: a user string must have it escaped as %%{");
                }
                else if (c == '$' && i + 1 < raw.Length && raw[i + 1] == '{')
                {
                    int end = HclLexer.SkipInterpolation(raw, i + 2, line);
                    if (text.Length > 0) { parts.Add(text.ToString()); text.Clear(); }
                    parts.Add(HclParser.ParseInterpolation(raw.Substring(i + 2, end - i - 3), line));
                    i = end;
                }
                else
                {
                    text.Append(c);
                    i++;
                }
            }
            if (text.Length > 0 || parts.Count == 0) parts.Add(text.ToString());
            return new HclTemplate(parts, line);
        }

        private static int Unescape(string raw, int i, int line, StringBuilder text)
        {
            if (i + 1 >= raw.Length) throw new HclSyntaxException(line, "a string ends with a lone backslash");
            char e = raw[i + 1];
            switch (e)
            {
                case 'n': text.Append('\n'); return i + 2;
                case 'r': text.Append('\r'); return i + 2;
                case 't': text.Append('\t'); return i + 2;
                case '"': text.Append('"'); return i + 2;
                case '\\': text.Append('\\'); return i + 2;
                case 'u':
                case 'U':
                    int digits = e == 'u' ? 4 : 8;
                    if (i + 2 + digits > raw.Length || !int.TryParse(raw.Substring(i + 2, digits), NumberStyles.HexNumber, CultureInfo.InvariantCulture, out int code)
                        || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF))
                    {
                        throw new HclSyntaxException(line, "an invalid \\" + e + " escape");
                    }
                    text.Append(char.ConvertFromUtf32(code));
                    return i + 2 + digits;
                default:
                    throw new HclSyntaxException(line, "an unknown escape \\" + e);
            }
        }
    }
}
