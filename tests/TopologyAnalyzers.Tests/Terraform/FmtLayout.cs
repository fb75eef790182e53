using System.Collections.Generic;

namespace TopologyAnalyzers.Tests.Terraform
{
    /// <summary>
    /// What <c>terraform fmt</c> would change in a text, checked line by line without the writer's help: indentation of
    /// two spaces per open brace or bracket, the <c>=</c> of each run of consecutive one-line arguments at one column one
    /// space after the longest name (hclwrite's rule: a line whose value opens a bracket it does not close, a nested
    /// block, a comment or a closing brace ends a run), one space after <c>=</c>, no trailing spaces or tabs, single
    /// blank lines only between top-level entries, and a final line end.
    /// </summary>
    internal static class FmtLayout
    {
        public static List<string> Problems(string text)
        {
            var problems = new List<string>();
            if (!text.EndsWith("\n", System.StringComparison.Ordinal)) problems.Add("the text does not end with a line end");
            var lines = text.Split('\n');
            int depth = 0;
            var run = new List<(int Line, int NameEnd, int Column)>();
            void CloseRun()
            {
                if (run.Count == 0) return;
                int widest = 0;
                foreach (var r in run) widest = System.Math.Max(widest, r.NameEnd);
                foreach (var r in run)
                {
                    if (r.Column != widest + 1) problems.Add("line " + r.Line + ": '=' at column " + r.Column + ", expected " + (widest + 1));
                }
                run.Clear();
            }

            for (int i = 0; i < lines.Length - 1; i++)
            {
                string line = lines[i];
                int number = i + 1;
                if (line.Length > 0 && (line[line.Length - 1] == ' ' || line[line.Length - 1] == '\t')) problems.Add("line " + number + ": trailing whitespace");
                if (line.Length == 0)
                {
                    CloseRun();
                    if (depth != 0) problems.Add("line " + number + ": a blank line inside a block");
                    if (i > 0 && lines[i - 1].Length == 0) problems.Add("line " + number + ": two blank lines");
                    continue;
                }
                string content = line.TrimStart(' ');
                int change = BracketChange(content);
                bool closes = content[0] == '}' || content[0] == ']' || content[0] == ')';
                int expected = 2 * (closes ? depth - 1 : depth);
                if (line.Length - content.Length != expected) problems.Add("line " + number + ": indented " + (line.Length - content.Length) + ", expected " + expected);
                if (depth == 0 && !closes && !content.StartsWith("#", System.StringComparison.Ordinal) && i > 0 && lines[i - 1].Length > 0
                    && !lines[i - 1].StartsWith("#", System.StringComparison.Ordinal))
                {
                    problems.Add("line " + number + ": no blank line before a top-level entry");
                }

                int equals = content.StartsWith("#", System.StringComparison.Ordinal) ? -1 : AssignmentColumn(content);
                if (equals > 0 && change == 0)
                {
                    int nameEnd = content.IndexOf(' ');
                    if (content.Substring(equals + 1, 1) != " " || content.Length > equals + 2 && content[equals + 2] == ' ') problems.Add("line " + number + ": not one space after '='");
                    run.Add((number, expected + nameEnd, expected + equals));
                }
                else
                {
                    CloseRun();
                }
                depth += change;
            }
            CloseRun();
            if (depth != 0) problems.Add("unbalanced braces");
            return problems;
        }

        /// <summary>The index of an argument's <c>=</c> (a name, spaces, <c>=</c> not part of <c>==</c>), or -1.</summary>
        private static int AssignmentColumn(string content)
        {
            int i = 0;
            while (i < content.Length && (char.IsLetterOrDigit(content[i]) || content[i] == '_' || content[i] == '-')) i++;
            if (i == 0) return -1;
            while (i < content.Length && content[i] == ' ') i++;
            return i < content.Length && content[i] == '=' && (i + 1 == content.Length || content[i + 1] != '=') ? i : -1;
        }

        /// <summary>Opening minus closing brackets outside strings.</summary>
        private static int BracketChange(string content)
        {
            int change = 0;
            bool inString = false;
            for (int i = 0; i < content.Length; i++)
            {
                char c = content[i];
                if (inString)
                {
                    if (c == '\\') i++;
                    else if (c == '"') inString = false;
                    continue;
                }
                if (c == '#') break;
                if (c == '"') inString = true;
                else if (c == '{' || c == '[' || c == '(') change++;
                else if (c == '}' || c == ']' || c == ')') change--;
            }
            return change;
        }
    }
}
