namespace TopologyAnalyzers.Engine
{
    /// <summary>
    /// Something a rule found in a topology: a diagnostic as a plain value. The analyzer maps the spans to
    /// source locations; at run time they are <see cref="SourceSpan.None"/>.
    /// </summary>
    internal sealed record Finding(Rule Rule, SourceSpan Location, EquatableArray<SourceSpan> AdditionalLocations, EquatableArray<string> Arguments)
    {
        public static Finding Create(Rule rule, SourceSpan location, params string[] arguments) =>
            new Finding(rule, location, EquatableArray<SourceSpan>.Empty, new EquatableArray<string>(arguments));

        public string Message => string.Format(System.Globalization.CultureInfo.InvariantCulture, Rule.MessageFormat, ToObjects(Arguments));

        private static object[] ToObjects(EquatableArray<string> arguments)
        {
            var objects = new object[arguments.Count];
            for (int i = 0; i < objects.Length; i++) objects[i] = arguments[i];
            return objects;
        }
    }
}
