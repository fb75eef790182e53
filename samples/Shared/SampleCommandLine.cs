using System;
using System.IO;
using System.Text;

/// <summary>
/// The samples' command line, shared by all of them: <c>--terraform &lt;dir&gt;</c> writes the topology's Terraform
/// export to <c>&lt;dir&gt;/main.tf</c>; without arguments a sample prints what it always printed.
/// </summary>
internal static class SampleCommandLine
{
    /// <summary>The exit code when the arguments asked for something, or null for the default run.</summary>
    public static int? Run(string[] args, string terraform)
    {
        if (args.Length == 0) return null;
        if (args.Length == 2 && args[0] == "--terraform")
        {
            Directory.CreateDirectory(args[1]);
            string path = Path.Combine(args[1], "main.tf");
            // No byte-order mark: Terraform reads UTF-8, and the text is what the generator embedded.
            File.WriteAllText(path, terraform, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
            Console.WriteLine("Wrote " + path);
            return 0;
        }
        Console.Error.WriteLine("usage: dotnet run -- [--terraform <directory>]");
        return 2;
    }
}
