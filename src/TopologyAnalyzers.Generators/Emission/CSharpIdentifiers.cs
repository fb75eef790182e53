using System.Globalization;
using System.Text;
using Microsoft.CodeAnalysis.CSharp;

namespace TopologyAnalyzers.Generators.Emission
{
    /// <summary>
    /// C# identifiers made from user text: any character that cannot be in an identifier becomes <c>_</c>, and so does
    /// a format character (a right-to-left mark, a soft hyphen), because C# ignores those when it compares identifiers,
    /// so <c>"VPC1\u200F"</c> would otherwise declare a second <c>VPC1</c>. Identifiers are cut to
    /// <see cref="MaxLength"/> characters, far below the 1,023 UTF-8 bytes metadata allows a name (a property's
    /// <c>get_</c> accessor included), and keywords are written verbatim (<c>@class</c>).
    /// </summary>
    internal static class CSharpIdentifiers
    {
        /// <summary>128 characters of at most 3 UTF-8 bytes each, plus a <c>_N</c> suffix, stay well inside the metadata limit.</summary>
        public const int MaxLength = 128;

        /// <summary>An identifier made from <paramref name="text"/>, without the <c>@</c> a keyword needs (see <see cref="Escape"/>).</summary>
        public static string FromText(string? text)
        {
            text ??= "";
            var name = new StringBuilder(System.Math.Min(text.Length, MaxLength) + 1);
            foreach (char c in text)
            {
                if (name.Length == MaxLength) break;
                name.Append(IsKept(c) ? c : '_');
            }
            if (name.Length == 0 || !SyntaxFacts.IsIdentifierStartCharacter(name[0])) name.Insert(0, '_');
            return name.ToString();
        }

        /// <summary>
        /// <paramref name="identifier"/> (a symbol's name, as Roslyn gives it without <c>@</c>) as it must be written in
        /// source: with <c>@</c> when it is a keyword. Contextual keywords get one too; <c>@</c> is valid before any identifier.
        /// </summary>
        public static string Escape(string identifier) =>
            SyntaxFacts.GetKeywordKind(identifier) != SyntaxKind.None || SyntaxFacts.GetContextualKeywordKind(identifier) != SyntaxKind.None
                ? "@" + identifier
                : identifier;

        /// <summary>The first <paramref name="length"/> characters of <paramref name="text"/>, never splitting a surrogate pair.</summary>
        public static string Truncate(string text, int length)
        {
            if (text.Length <= length) return text;
            if (length > 0 && char.IsHighSurrogate(text[length - 1])) length--;
            return text.Substring(0, length);
        }

        private static bool IsKept(char c) =>
            SyntaxFacts.IsIdentifierPartCharacter(c)
            && !char.IsSurrogate(c)
            && CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.Format;
    }
}
