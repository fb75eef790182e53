namespace TopologyAnalyzers.Engine
{
    /// <summary>
    /// A value the compile-time evaluation could not work out (TOPO017 says why). The evaluator records it in place of
    /// a string argument so the object still exists and the rules about its other, known values still run; rules that
    /// parse or look up a value skip it. It never occurs at run time, and no user string is ever taken for it: the
    /// check is by reference, on an instance built at startup (so not interned like a literal).
    /// </summary>
    internal static class Unknown
    {
        public static readonly string Text = new string("(not known at compile time)".ToCharArray());

        public static bool Is(string? value) => ReferenceEquals(value, Text);
    }
}
