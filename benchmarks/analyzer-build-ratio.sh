#!/usr/bin/env bash
# Budget 1 in a real build (docs/performance.md): packs the nupkg, writes a synthetic consumer of N files (default
# 500) to a temporary folder, rebuilds it three times with -p:ReportAnalyzer=true, EnforceCodeStyleInBuild and
# IDE0010/IDE0072 as warnings, and prints the compiler's own per-analyzer times, the ratio and the share of the
# Csc task. Usage: benchmarks/analyzer-build-ratio.sh [files]
set -euo pipefail
cd "$(dirname "$0")/.."
# Build with the servers off, then run without building: dotnet run would take build flags for program arguments.
dotnet build benchmarks/SparkAds.Analyzers.Benchmarks -c Release -nodeReuse:false -p:UseSharedCompilation=false -v:q -nologo
exec dotnet run -c Release --no-build --project benchmarks/SparkAds.Analyzers.Benchmarks -- analyzers-build "$@"
