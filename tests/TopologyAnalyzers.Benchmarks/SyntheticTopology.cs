using System.Text;

namespace TopologyAnalyzers.Benchmarks
{
    /// <summary>A [NetworkTopology] source of N VPCs (two vSwitches in two zones each) attached to one transit router.</summary>
    internal static class SyntheticTopology
    {
        public static string Source(int vpcCount)
        {
            var text = new StringBuilder();
            text.Append("using TopologyAnalyzers;\n\npublic static partial class Big\n{\n    [NetworkTopology]\n    public static void Define(TopologyBuilder net)\n    {\n");
            text.Append("        var a = net.Account(\"A\", \"1000000000000001\");\n");
            text.Append("        var tr = a.Cen(\"CEN1\").TransitRouter(\"cn-hangzhou\");\n");
            for (int i = 0; i < vpcCount; i++)
            {
                int high = i / 256, low = i % 256;
                text.Append($"        var v{i} = a.Vpc(\"VPC{i}\", \"cn-hangzhou\", \"10.{high}.{low}.0/24\")");
                text.Append($".VSwitch(\"s{i}j\", \"cn-hangzhou-j\", \"10.{high}.{low}.0/25\")");
                text.Append($".VSwitch(\"s{i}k\", \"cn-hangzhou-k\", \"10.{high}.{low}.128/25\");\n");
                text.Append($"        tr.Attach(v{i}, \"attach{i}\");\n");
            }
            text.Append("    }\n}\n");
            return text.ToString();
        }
    }
}
