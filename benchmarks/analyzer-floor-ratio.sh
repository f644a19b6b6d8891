#!/usr/bin/env bash
# Budget 2's baseline in process (docs/performance.md): generates the synthetic consumer of N files (default 500) in
# memory and runs SwitchAnalyzer and CustomIdentityAnalyzer each against the reporting floor's analyzer that reports
# the same diagnostics without analysing, fixes not planned as in a build. Prints what our analysis adds in CPU time.
# Usage: benchmarks/analyzer-floor-ratio.sh [files]
set -euo pipefail
cd "$(dirname "$0")/.."
# Build with the servers off, then run without building: dotnet run would take build flags for program arguments.
dotnet build benchmarks/SparkAds.Analyzers.Benchmarks -c Release -nodeReuse:false -p:UseSharedCompilation=false -v:q -nologo
exec dotnet run -c Release --no-build --project benchmarks/SparkAds.Analyzers.Benchmarks -- analyzers-floor "$@"
