using System;

// The tables were resolved at compile time by the TopologyAnalyzers generator; this only prints them.
Console.Write(SharedServiceIsolation.SharedServiceIsolation.RouteTables.ToMarkdown());
