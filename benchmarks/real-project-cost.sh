#!/usr/bin/env bash
# What SparkAds.Analyzers costs the build of any C# project (docs/performance.md). Packs the nupkg into a temporary
# feed and rebuilds PATH (a project, a solution or a folder holding one) with and without the package, both with
# EnforceCodeStyleInBuild and Roslyn's IDE0010/IDE0072 as warnings: N times cold (compiler server off), then N times
# through one warm compiler server (shut down at the end). The project's files are not touched: the package comes in
# through -p:CustomAfterMicrosoftCommonTargets, outputs go to a temporary artifacts folder. Prints medians of the Csc
# task, each of our analyzers, our generator and Roslyn's pair, from the compiler's -p:ReportAnalyzer=true report.
# Usage: benchmarks/real-project-cost.sh PATH [--runs N] [--baseline REPO]     (default 3 runs)
#   --baseline REPO: another copy of this repository (e.g. `git archive COMMIT | tar -x -C DIR`); its package is
#   rebuilt in every run beside this one, so a change is measured against it on the same machine at the same time.
set -euo pipefail
if [ $# -lt 1 ]; then sed -n '2,10p' "$0"; exit 2; fi
target=$(realpath "$1"); shift
# Paths after --baseline are resolved here, before the cd below.
args=()
while [ $# -gt 0 ]; do
  if [ "$1" = --baseline ] && [ $# -gt 1 ]; then args+=("$1" "$(realpath "$2")"); shift 2; else args+=("$1"); shift; fi
done
cd "$(dirname "$0")/.."
# Build with the servers off, then run without building: dotnet run would take build flags for program arguments.
dotnet build benchmarks/SparkAds.Analyzers.Benchmarks -c Release -nodeReuse:false -p:UseSharedCompilation=false -v:q -nologo
exec dotnet run -c Release --no-build --project benchmarks/SparkAds.Analyzers.Benchmarks -- real-project "$target" "${args[@]}"
