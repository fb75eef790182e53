using System;
using CrossRegionAcrossAccounts;

// `--terraform <dir>` writes the Terraform export of the checked topology to <dir>/main.tf.
if (SampleCommandLine.Run(args, CrossRegionAcrossAccounts.CrossRegionAcrossAccounts.Terraform) is int exit) return exit;

// The tables were resolved at compile time by the TopologyAnalyzers generator; the trace runs the same engine.
Console.Write(CrossRegionAcrossAccounts.CrossRegionAcrossAccounts.RouteTables.ToMarkdown());
Console.WriteLine();
Console.WriteLine(CrossRegionAcrossAccounts.CrossRegionAcrossAccounts.Trace("ECS1", "ECS2"));
return 0;
