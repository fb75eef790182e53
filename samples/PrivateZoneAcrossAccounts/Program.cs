using System;

// `--terraform <dir>` writes the Terraform export of the checked topology to <dir>/main.tf.
if (SampleCommandLine.Run(args, PrivateZoneAcrossAccounts.PrivateZoneAcrossAccounts.Terraform) is int exit) return exit;

// The zones were resolved at compile time by the TopologyAnalyzers generator; this only prints them.
var zones = PrivateZoneAcrossAccounts.PrivateZoneAcrossAccounts.PrivateZones;
Console.Write(zones.ToMarkdown());
Console.WriteLine();
Console.WriteLine("db.corp.internal from VPC-B: " + zones.Resolve("db.corp.internal", "VPC-B"));
return 0;
