using System;
using System.Collections.Generic;
using System.Text;

namespace TopologyAnalyzers.Engine
{
    /// <summary>
    /// The line-and-field text form both codecs use: one record per line, fields separated by <c>|</c>; in names,
    /// <c>\</c>, <c>|</c> and line breaks are escaped as <c>\\</c>, <c>\p</c>, <c>\n</c>, <c>\r</c>.
    /// </summary>
    internal static class CodecText
    {
        public static StringBuilder AppendEscaped(this StringBuilder text, string value)
        {
            foreach (char c in value)
            {
                switch (c)
                {
                    case '\\': text.Append("\\\\"); break;
                    case '|': text.Append("\\p"); break;
                    case '\n': text.Append("\\n"); break;
                    case '\r': text.Append("\\r"); break;
                    default: text.Append(c); break;
                }
            }
            return text;
        }

        /// <summary>The lines of an encoded text; the text ends with a line break.</summary>
        public static IEnumerable<string> Lines(string encoded)
        {
            int position = 0;
            while (position < encoded.Length)
            {
                int end = encoded.IndexOf('\n', position);
                if (end < 0) throw new FormatException("Encoded data is truncated.");
                yield return encoded.Substring(position, end - position);
                position = end + 1;
            }
        }

        /// <summary>Splits a line into exactly <paramref name="count"/> fields, unescaping names.</summary>
        public static string[] Split(string text, int count)
        {
            var fields = new string[count];
            var field = new StringBuilder();
            int index = 0;
            for (int i = 0; i < text.Length; i++)
            {
                char c = text[i];
                if (c == '|')
                {
                    if (index >= count - 1) throw new FormatException("Too many fields in encoded data.");
                    fields[index++] = field.ToString();
                    field.Clear();
                }
                else if (c == '\\' && i + 1 < text.Length)
                {
                    char escaped = text[++i];
                    field.Append(escaped == 'p' ? '|' : escaped == 'n' ? '\n' : escaped == 'r' ? '\r' : escaped);
                }
                else
                {
                    field.Append(c);
                }
            }
            if (index != count - 1) throw new FormatException("Too few fields in encoded data.");
            fields[index] = field.ToString();
            return fields;
        }
    }
}
