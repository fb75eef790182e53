using System;
using System.Collections.Generic;

namespace TopologyAnalyzers.Tests.Terraform.Validation
{
    internal enum HclTokenKind
    {
        Identifier,
        Number,
        /// <summary>A quoted string; <see cref="HclToken.Text"/> is the raw content between the quotes, escapes and all.</summary>
        QuotedString,
        Symbol,
        Newline,
        End,
    }

    internal sealed record HclToken(HclTokenKind Kind, string Text, int Line);

    /// <summary>A syntax error, with the line it is on; the validator reports it as a problem of the text.</summary>
    internal sealed class HclSyntaxException : Exception
    {
        public HclSyntaxException(int line, string message) : base("line " + line + ": " + message) => Line = line;

        public int Line { get; }
    }

    /// <summary>
    /// Splits HCL native syntax into tokens: identifiers (letters, digits, <c>_</c>, <c>-</c>), numbers, quoted strings
    /// (kept raw: <see cref="HclParser"/> reads their template parts), symbols and newlines; comments (<c>#</c>, <c>//</c>,
    /// <c>/* */</c>) are dropped. Heredocs are not part of what the export writes and are rejected.
    /// </summary>
    internal static class HclLexer
    {
        private static readonly string[] Symbols = { "==", "!=", "<=", ">=", "&&", "||", "=>", "...", "{", "}", "[", "]", "(", ")", ",", ".", "=", "?", ":", "<", ">", "+", "-", "*", "/", "%", "!" };

        public static List<HclToken> Tokenize(string text, int firstLine = 1)
        {
            var tokens = new List<HclToken>();
            int line = firstLine;
            int i = 0;
            while (i < text.Length)
            {
                char c = text[i];
                if (c == '\n')
                {
                    tokens.Add(new HclToken(HclTokenKind.Newline, "\n", line++));
                    i++;
                }
                else if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }
                else if (c == ' ' || c == '\t')
                {
                    i++;
                }
                else if (c == '#' || (c == '/' && i + 1 < text.Length && text[i + 1] == '/'))
                {
                    while (i < text.Length && text[i] != '\n') i++;
                }
                else if (c == '/' && i + 1 < text.Length && text[i + 1] == '*')
                {
                    int end = text.IndexOf("*/", i + 2, StringComparison.Ordinal);
                    if (end < 0) throw new HclSyntaxException(line, "unterminated /* comment");
                    for (int j = i; j < end; j++) if (text[j] == '\n') line++;
                    i = end + 2;
                }
                else if (c == '"')
                {
                    int start = i + 1;
                    int end = SkipString(text, start, line);
                    tokens.Add(new HclToken(HclTokenKind.QuotedString, text.Substring(start, end - start), line));
                    i = end + 1;
                }
                else if (c == '<' && i + 1 < text.Length && text[i + 1] == '<')
                {
                    throw new HclSyntaxException(line, "heredoc strings are not expected in the export");
                }
                else if (char.IsLetter(c) || c == '_')
                {
                    int start = i;
                    while (i < text.Length && (char.IsLetterOrDigit(text[i]) || text[i] == '_' || text[i] == '-')) i++;
                    tokens.Add(new HclToken(HclTokenKind.Identifier, text.Substring(start, i - start), line));
                }
                else if (char.IsDigit(c))
                {
                    int start = i;
                    while (i < text.Length && (char.IsDigit(text[i]) || text[i] == '.' && i + 1 < text.Length && char.IsDigit(text[i + 1]))) i++;
                    tokens.Add(new HclToken(HclTokenKind.Number, text.Substring(start, i - start), line));
                }
                else
                {
                    string? symbol = null;
                    foreach (var candidate in Symbols)
                    {
                        if (string.CompareOrdinal(text, i, candidate, 0, candidate.Length) == 0)
                        {
                            symbol = candidate;
                            break;
                        }
                    }
                    if (symbol == null) throw new HclSyntaxException(line, "unexpected character U+" + ((int)c).ToString("X4"));
                    tokens.Add(new HclToken(HclTokenKind.Symbol, symbol, line));
                    i += symbol.Length;
                }
            }
            tokens.Add(new HclToken(HclTokenKind.End, "", line));
            return tokens;
        }

        /// <summary>
        /// The index of the quote that ends the string starting at <paramref name="start"/>: escapes skipped, and the
        /// braces of <c>${ }</c> and <c>%{ }</c> sequences (which may hold strings of their own) matched.
        /// </summary>
        public static int SkipString(string text, int start, int line)
        {
            int i = start;
            while (i < text.Length)
            {
                char c = text[i];
                if (c == '\n') throw new HclSyntaxException(line, "a quoted string may not hold a line break");
                if (c == '\\') { i += 2; continue; }
                if (c == '"') return i;
                if ((c == '$' || c == '%') && i + 2 < text.Length && text[i + 1] == c && text[i + 2] == '{') { i += 3; continue; }
                if ((c == '$' || c == '%') && i + 1 < text.Length && text[i + 1] == '{')
                {
                    i = SkipInterpolation(text, i + 2, line);
                    continue;
                }
                i++;
            }
            throw new HclSyntaxException(line, "unterminated string");
        }

        /// <summary>The index just after the <c>}</c> closing an interpolation whose content starts at <paramref name="start"/>.</summary>
        public static int SkipInterpolation(string text, int start, int line)
        {
            int depth = 1;
            int i = start;
            while (i < text.Length)
            {
                char c = text[i];
                if (c == '"') { i = SkipString(text, i + 1, line) + 1; continue; }
                if (c == '{') depth++;
                if (c == '}' && --depth == 0) return i + 1;
                if (c == '\n') throw new HclSyntaxException(line, "an interpolation may not hold a line break here");
                i++;
            }
            throw new HclSyntaxException(line, "unterminated interpolation");
        }
    }
}
