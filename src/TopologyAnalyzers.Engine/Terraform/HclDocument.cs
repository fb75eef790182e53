using System.Collections.Generic;

namespace TopologyAnalyzers.Engine
{
    /// <summary>
    /// The HCL the export writes, as a tree: top-level blocks (each with the comment lines just above it) and comment
    /// paragraphs, in order. <see cref="HclFormatter"/> turns it into text laid out as <c>terraform fmt</c> would.
    /// Expressions are kept as finished one-line text (<see cref="HclText"/> quotes every user string).
    /// </summary>
    internal sealed class HclDocument
    {
        public List<HclNode> Entries { get; } = new List<HclNode>();

        public HclBlock Block(string type, params string[] labels)
        {
            var block = new HclBlock(type, labels);
            Entries.Add(block);
            return block;
        }

        /// <summary>A comment paragraph of its own, separated from the blocks around it by blank lines.</summary>
        public void Comment(params string[] lines) => Entries.Add(new HclCommentParagraph(lines));

        public void AddRange(IEnumerable<HclNode> entries) => Entries.AddRange(entries);
    }

    /// <summary>An item of an HCL body: an argument, a nested block, a comment line, an object-valued argument.</summary>
    internal abstract class HclNode
    {
    }

    /// <summary><c>name = expression</c> on one line.</summary>
    internal sealed class HclAttribute : HclNode
    {
        public HclAttribute(string name, string expression)
        {
            Name = name;
            Expression = expression;
        }

        public string Name { get; }

        public string Expression { get; }
    }

    /// <summary>A <c>#</c> comment line inside a body; the text is made one-line safe here.</summary>
    internal sealed class HclComment : HclNode
    {
        public HclComment(string text) => Text = HclText.Comment(text);

        public string Text { get; }
    }

    /// <summary>Comment lines standing between top-level blocks.</summary>
    internal sealed class HclCommentParagraph : HclNode
    {
        public HclCommentParagraph(IEnumerable<string> lines)
        {
            foreach (var line in lines) Lines.Add(HclText.Comment(line));
        }

        public List<string> Lines { get; } = new List<string>();
    }

    /// <summary><c>name = { key = value ... }</c> over several lines, as in <c>required_providers</c>.</summary>
    internal sealed class HclObjectAttribute : HclNode
    {
        public HclObjectAttribute(string name) => Name = name;

        public string Name { get; }

        public List<HclAttribute> Attributes { get; } = new List<HclAttribute>();
    }

    /// <summary>A block: <c>type "label" ... { body }</c>, with the comment lines written just above it.</summary>
    internal sealed class HclBlock : HclNode
    {
        public HclBlock(string type, params string[] labels)
        {
            Type = type;
            foreach (var label in labels) Labels.Add(HclText.Quote(label));
        }

        public string Type { get; }

        /// <summary>The labels, quoted.</summary>
        public List<string> Labels { get; } = new List<string>();

        public List<HclNode> Body { get; } = new List<HclNode>();

        public List<string> LeadingComments { get; } = new List<string>();

        public HclBlock Set(string name, string expression)
        {
            Body.Add(new HclAttribute(name, expression));
            return this;
        }

        public HclBlock String(string name, string? value) => Set(name, HclText.Quote(value));

        public HclBlock Bool(string name, bool value) => Set(name, HclText.Bool(value));

        public HclBlock Number(string name, int value) => Set(name, HclText.Number(value));

        /// <summary>A list of references or literals on one line: <c>[a, b]</c>.</summary>
        public HclBlock List(string name, IEnumerable<string> expressions) => Set(name, "[" + string.Join(", ", expressions) + "]");

        public HclBlock Comment(string text)
        {
            Body.Add(new HclComment(text));
            return this;
        }

        /// <summary>Adds a nested block and returns it.</summary>
        public HclBlock Nested(string type, params string[] labels)
        {
            var block = new HclBlock(type, labels);
            Body.Add(block);
            return block;
        }

        /// <summary>Adds a comment line above the block (for a top-level block).</summary>
        public HclBlock Above(string text)
        {
            LeadingComments.Add(HclText.Comment(text));
            return this;
        }
    }
}
