#!/usr/bin/env bash
# The real-build comparison of issue 12, with the public tools only: a console project with a straight-line topology
# of N VPCs (one `tr.Attach(a.Vpc(...).VSwitch(...).VSwitch(...), ...)` per line) that references the package the way
# the samples do (runtime library + generator/analyzers as an analyzer), against the same project referencing only
# the runtime library. Each round builds both with `--no-incremental -clp:PerformanceSummary` (the Csc line), then the
# package build again with `-p:ReportAnalyzer=true -v:d` (the compiler's own generator/analyzer times).
# A third project, GeneratedSourceOnly, compiles the file the generator wrote as a plain source file, without the
# package: what the generated code costs by itself, so WithPackage - GeneratedSourceOnly is what the generator and the
# analyzer cost, and GeneratedSourceOnly - WithoutPackage what compiling (and the SDK's analyzers on) the tables cost.
#
# usage: tests/TopologyAnalyzers.Benchmarks/real-build.sh [VPCS=10000] [ROUNDS=3] [straight|loop]
# 'loop' builds the same network with a for loop (LoopTopology.cs): a small source, so the cost is evaluation, the
# engine, emission and compiling the generated code.
# The compiler runs in a fresh process for every build (UseSharedCompilation=false), as in many CI builds.
set -euo pipefail
vpcs=${1:-10000}
rounds=${2:-3}
shape=${3:-straight}
repo=$(cd "$(dirname "$0")/../.." && pwd)
work=$(mktemp -d "${TMPDIR:-/tmp}/topology-real-build.XXXXXX")
echo "projects in $work"

dotnet build -c Release -v:q -nologo "$repo/src/TopologyAnalyzers.Generators/TopologyAnalyzers.Generators.csproj" >/dev/null
dotnet build -c Release -v:q -nologo "$repo/src/TopologyAnalyzers/TopologyAnalyzers.csproj" >/dev/null

if [ "$shape" = loop ]; then # the benchmarks' own loop-built source (LoopTopology.cs)
  dotnet build -c Release -v:q -nologo "$repo/tests/TopologyAnalyzers.Benchmarks/TopologyAnalyzers.Benchmarks.csproj" >/dev/null
  dotnet "$repo/tests/TopologyAnalyzers.Benchmarks/bin/Release/net10.0/TopologyAnalyzers.Benchmarks.dll" --source loop "$vpcs" > "$work/LoopNetwork.cs"
fi

write_project() { # $1 = folder, $2 = extra project reference
  mkdir -p "$1"
  cat > "$1/$(basename "$1").csproj" <<XML
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <OutputType>Exe</OutputType>
    <TargetFramework>net10.0</TargetFramework>
    <Nullable>enable</Nullable>
    <ImplicitUsings>disable</ImplicitUsings>
  </PropertyGroup>
  <ItemGroup>
    <ProjectReference Include="$repo/src/TopologyAnalyzers/TopologyAnalyzers.csproj" />
    $2
  </ItemGroup>
</Project>
XML
  echo 'public static class Program { public static void Main() => System.Console.WriteLine(typeof(Big).Name); }' > "$1/Program.cs"
  if [ "$shape" = loop ]; then
    cp "$work/LoopNetwork.cs" "$1/Network.cs"
    return
  fi
  awk -v n="$vpcs" 'BEGIN {
    print "using TopologyAnalyzers;\n\npublic static partial class Big\n{\n    [NetworkTopology]\n    public static void Define(TopologyBuilder net)\n    {"
    print "        var a = net.Account(\"A\", \"1000000000000001\");"
    print "        var tr = a.Cen(\"CEN1\").TransitRouter(\"cn-hangzhou\");"
    for (i = 0; i < n; i++) {
      h = int(i / 256); l = i % 256
      printf "        tr.Attach(a.Vpc(\"VPC%d\", \"cn-hangzhou\", \"10.%d.%d.0/24\").VSwitch(\"s%dj\", \"cn-hangzhou-j\", \"10.%d.%d.0/25\").VSwitch(\"s%dk\", \"cn-hangzhou-k\", \"10.%d.%d.128/25\"), \"attach%d\");\n", i, h, l, i, h, l, i, h, l, i
    }
    print "    }\n}"
  }' > "$1/Network.cs"
}

write_project "$work/WithoutPackage" ""
write_project "$work/WithPackage" "<ProjectReference Include=\"$repo/src/TopologyAnalyzers.Generators/TopologyAnalyzers.Generators.csproj\" OutputItemType=\"Analyzer\" ReferenceOutputAssembly=\"false\" />"
write_project "$work/GeneratedSourceOnly" ""
for p in WithoutPackage WithPackage GeneratedSourceOnly; do dotnet restore -v:q "$work/$p" >/dev/null; done

build() { # $1 = project, rest = extra arguments; the referenced projects are built already
  dotnet build "$work/$1" -c Release --no-restore --no-incremental -nologo -p:BuildProjectReferences=false \
    -p:UseSharedCompilation=false "${@:2}"
}

# The generator's file, as the package build writes it, becomes a plain source of GeneratedSourceOnly.
build WithPackage -v:q -p:EmitCompilerGeneratedFiles=true -p:CompilerGeneratedFilesOutputPath="$work/generated" >/dev/null
find "$work/generated" -path '*TopologyGenerator*' -name '*.g.cs' -exec cp {} "$work/GeneratedSourceOnly/" \;

for round in $(seq "$rounds"); do
  for p in WithoutPackage WithPackage GeneratedSourceOnly; do
    csc=$(build "$p" -clp:PerformanceSummary | grep -E '^ +[0-9]+ ms +Csc +' | awk '{print $1}')
    echo "round $round $p: Csc ${csc} ms"
  done
  echo "round $round WithPackage, ReportAnalyzer:"
  # The totals include the SDK's own analyzers and generators, which both projects run.
  build WithPackage -p:ReportAnalyzer=true -v:d -clp:PerformanceSummary \
    | grep -E 'Total (analyzer|generator) execution time|TopologyAnalyzers\.Generators\.(TopologyGenerator|Analyzers\.TopologyAnalyzer)|^ +[0-9]+ ms +Csc +' \
    | sed -E 's/^ */  /; s/ \(TOPO[0-9, TOPO]*\)//' | sort -u
done
