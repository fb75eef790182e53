using System;

// `--terraform <dir>` writes the Terraform export of the checked topology to <dir>/main.tf.
if (SampleCommandLine.Run(args, LandingZone.LandingZone.Terraform) is int exit) return exit;

// The tables were resolved at compile time by the TopologyAnalyzers generator, from a topology built with loops,
// helpers and a record; the traces run the same engine.
Console.Write(LandingZone.LandingZone.RouteTables.ToMarkdown());
Console.WriteLine();
Console.WriteLine(LandingZone.LandingZone.Trace("analytics-prod-ecs", "shared-services-ecs"));
Console.WriteLine(LandingZone.LandingZone.Trace("payments-prod-ecs", "search-prod-ecs"));
return 0;
