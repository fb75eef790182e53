using System;
using CrossRegionAcrossAccounts;

// The tables were resolved at compile time by the TopologyAnalyzers generator; the trace runs the same engine.
Console.Write(CrossRegionAcrossAccounts.CrossRegionAcrossAccounts.RouteTables.ToMarkdown());
Console.WriteLine();
Console.WriteLine(CrossRegionAcrossAccounts.CrossRegionAcrossAccounts.Trace("ECS1", "ECS2"));
