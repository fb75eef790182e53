using System;

// `--terraform <dir>` writes the Terraform export of the checked topology to <dir>/main.tf.
if (SampleCommandLine.Run(args, SharedServiceIsolation.SharedServiceIsolation.Terraform) is int exit) return exit;

// The tables were resolved at compile time by the TopologyAnalyzers generator; this only prints them.
Console.Write(SharedServiceIsolation.SharedServiceIsolation.RouteTables.ToMarkdown());
return 0;
